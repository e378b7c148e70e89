import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/**
 * `waitUntil` from @open-wc/testing, waiting up to 20 s unless told otherwise (its own default is 1 s). A test
 * waits for what a user waits for — a role or words appearing — and on a busy machine that can take longer
 * than a second without anything being wrong; a real failure still fails, only later.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 20_000, ...options });
}
