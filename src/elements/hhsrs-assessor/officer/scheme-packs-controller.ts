import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scheme } from '../../../core/index.ts';
import type { SchemeParse } from '../../../schema/scheme.ts';
import type { Problem } from '../../../schema/zod.ts';
import type { DraftRepository } from '../../../storage/repository.ts';
import { fetchSchemePack, readSchemePackFile } from './scheme-packs.ts';

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
    await this.take(`The scheme pack at ${url}`, await fetchSchemePack(url));
  }

  async loadFile(file: File): Promise<void> {
    await this.take(`The file “${file.name}”`, await readSchemePackFile(file));
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
