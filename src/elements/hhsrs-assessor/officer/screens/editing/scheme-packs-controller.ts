import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scheme } from '../../../../../core/index.ts';
import type { SchemeParse } from '../../../../../schema/scheme-pack.ts';
import type { Problem } from '../../../../../schema/zod.ts';
import type { DraftRepository } from '../../../../../storage/repository.ts';
import type { OnDemand } from '../../../../controllers/on-demand.ts';
import type * as PackFiles from './scheme-pack-files.ts';

const NOT_FETCHED: SchemeParse = {
  ok: false,
  problems: [
    {
      path: '(the whole file)',
      message: 'could not be checked, because part of this page could not load. Check your connection, then try again',
    },
  ],
};

/**
 * The scheme packs this browser holds: those stored from earlier loads, plus any loaded now from the page's
 * `scheme-src` or a file. A validated pack is stored and used at once; a refused one changes nothing.
 */
export class SchemePacksController implements ReactiveController {
  stored: Scheme[] = [];
  problems: { source: string; problems: readonly Problem[] } | undefined;
  private repository: DraftRepository | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (event: { loaded?: Scheme; refused?: boolean }) => void,
    /** Reading packs needs their schema, fetched on the first load; offline before then, nothing changes. */
    private readonly packFiles: OnDemand<typeof PackFiles>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async start(repository: DraftRepository): Promise<void> {
    this.repository = repository;
    this.stored = await repository.listSchemePacks();
  }

  /** Packs given by the page come first; stored ones fill in the rest. */
  all(given: readonly Scheme[]): Scheme[] {
    const ids = new Set(given.map((s) => s.id));
    return [...given, ...this.stored.filter((s) => !ids.has(s.id))];
  }

  async loadUrl(url: string): Promise<void> {
    const files = await this.packFiles.fetch();
    const result = files ? await files.fetchSchemePack(url) : NOT_FETCHED;
    await this.take(`The scheme pack at ${url}`, result);
  }

  async loadFile(file: File): Promise<void> {
    const files = await this.packFiles.fetch();
    const result = files ? await files.readSchemePackFile(file) : NOT_FETCHED;
    await this.take(`The file “${file.name}”`, result);
  }

  private async take(source: string, result: SchemeParse): Promise<void> {
    if (!result.ok) {
      this.problems = { source, problems: result.problems };
      this.onChange({ refused: true });
    } else {
      this.problems = undefined;
      await this.repository?.saveSchemePack(result.scheme);
      this.stored = [...this.stored.filter((s) => s.id !== result.scheme.id), result.scheme];
      this.onChange({ loaded: result.scheme });
    }
    this.host.requestUpdate();
  }
}
