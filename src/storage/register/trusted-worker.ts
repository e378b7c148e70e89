interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}
let policy: { createScriptURL(url: string): unknown } | undefined;
/** The one URL the policy lets through: the worker being started now. */
let starting: string | undefined;

/**
 * `Worker`, taking its script's URL through a Trusted Types policy: a page whose CSP has
 * `require-trusted-types-for 'script'` refuses a plain URL. The policy lets through only the URL this
 * constructor is given, which is always one of the register's own workers: each caller writes
 * `new Worker(new URL('./…-worker.ts', import.meta.url))` with this class as `Worker`, the form Vite builds
 * into a same-origin file.
 */
export class TrustedWorker extends globalThis.Worker {
  constructor(url: URL, options: WorkerOptions) {
    const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    const href = url.href;
    policy ??= trustedTypes?.createPolicy('hhsrs-toolkit-worker', {
      createScriptURL: (given) => {
        if (given !== starting) throw new TypeError(`Only the register's own workers may be started, not ${given}`);
        return given;
      },
    });
    starting = href;
    try {
      super((policy?.createScriptURL(href) ?? href) as string, options);
    } finally {
      starting = undefined;
    }
  }
}

/** How one worker run ends: what its last reply means, and the errors for a cancel and for no start. */
export interface WorkerRun<Reply, Result> {
  settle(reply: Reply): Result;
  cancelled(): Error;
  unstarted(): Error;
}

/**
 * Sends `request` to a worker just started and waits for its answer: each `progress` reply goes to
 * `onProgress`, the first other one settles the run (`settle` returns the result or throws). `signal`
 * stops the worker and rejects with the run's cancel error. The worker is stopped when the run ends.
 */
export function runWorker<Progress, Reply extends { type: string }, Result>(
  start: () => Worker,
  request: unknown,
  onProgress: (progress: Progress) => void,
  run: WorkerRun<Exclude<Reply, { type: 'progress' }>, Result>,
  signal?: AbortSignal,
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    if (signal?.aborted) return reject(run.cancelled());
    const worker = start();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(run.cancelled());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<Reply | { type: 'progress'; progress: Progress }>) => {
      if (data.type === 'progress') return onProgress((data as { progress: Progress }).progress);
      finish();
      try {
        resolve(run.settle(data as Exclude<Reply, { type: 'progress' }>));
      } catch (error) {
        reject(error);
      }
    };
    worker.onerror = () => {
      finish();
      reject(run.unstarted());
    };
    worker.postMessage(request);
  });
}
