import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ASSESSMENT_SCHEMA_VERSION, fingerprintedPart, revisionOf } from '../../../../../schema/assessment-values.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import type { DraftController } from '../../../../controllers/draft-controller.ts';
import type { Translate } from '../../../../i18n.ts';
import type { FieldError } from '../../../../ui/error-summary.ts';
import { finaliseText, type FinaliseMessages } from './messages.ts';
import { checkFingerprint, finalise, fingerprintWords } from '../../../../../schema/assessment-fingerprint.ts';
import { assessmentTitle, REVISION_KIND, revisionKey } from '../../revisions.ts';
import type { ResolvedScheme } from '../../scheme-state.ts';
import { readStoredAssessment } from '../../stored-assessment.ts';

export interface FinaliseHost extends ReactiveControllerHost {
  readonly draft: DraftController<Assessment>;
  readonly assessment: Assessment;
  /** What is missing from the assessment, as the error summary shows it (empty when complete). */
  missing(): FieldError[];
  /** Shows errors in the error summary and moves focus to it. */
  showErrors(errors: FieldError[]): void;
  /** Says something to screen reader users, and moves focus to the element with this id once rendered. */
  announce(message: string, focusId?: string): void;
  /** The list of assessments changed (a revision was kept). */
  refreshList(): Promise<void>;
  /** The scheme the hazards are scored under: its data is kept with the finalised record. */
  readonly scored: { resolved: ResolvedScheme };
}

/** What stops an assessment being finalised: what is missing, and never finalised unscored (hazards but no scheme). */
export function finaliseErrors(
  assessment: Assessment,
  missing: FieldError[],
  { scheme, message }: ResolvedScheme,
): FieldError[] {
  if (scheme || assessment.hazards.length === 0 || missing.length > 0) return missing;
  return [{ fieldId: 'details-nation', message: finaliseText('errNotScored', message ?? '') }];
}

export interface FingerprintCheck {
  matches: boolean;
  message: string;
}

/**
 * Finalising: asks the officer's name, then records who, when and the SHA-256 of the record, which makes it
 * read-only. "Make changes as a new revision" keeps the finalised record as its own draft (never saved over)
 * and carries on from a copy that points back to it; "Check fingerprint" recomputes the hash from storage.
 */
export class FinaliseController implements ReactiveController {
  asking = false;
  name = '';
  nameError: string | undefined;
  check: FingerprintCheck | undefined;
  /** The stored record whose fingerprint was checked on opening, so it is checked once per opening. */
  private checkedKey: string | undefined;
  error: string | undefined;
  busy = false;

  constructor(
    private readonly host: FinaliseHost,
    private readonly t: Translate<FinaliseMessages>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A different assessment was opened: nothing said about the last one applies. */
  reset(): void {
    Object.assign(this, {
      asking: false,
      nameError: undefined,
      check: undefined,
      error: undefined,
      checkedKey: undefined,
    });
  }

  /** Finalise is offered only for a complete assessment; otherwise the error summary says what is missing. */
  ask(): void {
    const errors = this.errors();
    if (errors.length > 0) {
      this.host.showErrors(errors);
      return;
    }
    this.asking = true;
    this.name ||= this.host.assessment.details.inspector;
    this.host.announce('', 'finalise-name');
  }

  /** Complete, and scored under a scheme: never finalised unscored. */
  private errors(): FieldError[] {
    return finaliseErrors(this.host.assessment, this.host.missing(), this.host.scored.resolved);
  }

  cancel(): void {
    this.asking = false;
    this.nameError = undefined;
    this.host.announce('', 'finalise-button');
  }

  setName(name: string): void {
    this.name = name;
    this.host.requestUpdate();
  }

  async confirm(): Promise<void> {
    const by = this.name.trim();
    this.nameError = by ? undefined : this.t('errFinaliseName');
    const errors = [
      ...this.errors(),
      ...(this.nameError ? [{ fieldId: 'finalise-name', message: this.nameError }] : []),
    ];
    if (errors.length > 0) return this.host.showErrors(errors);
    const assessment = fingerprintedPart(this.host.assessment);
    const revision = revisionOf(assessment);
    const sealed = await finalise(
      assessment,
      { by, at: new Date().toISOString(), revision },
      this.host.scored.resolved.scheme,
    );
    this.host.draft.update(sealed);
    this.reset();
    // Just sealed from what is shown: nothing to check on opening it; the officer's own Check says what is stored.
    this.checkedKey = this.host.draft.key;
    this.host.announce(this.t('finalisedAnnounce', revision), 'finalised-title');
    await this.host.draft.flush();
    // Kept at once under `…@r<n>`, so the revision's existence stays in the history even if the record is changed.
    await this.keep(sealed).catch(() => undefined);
    await this.host.refreshList();
  }

  private async keep(current: Assessment): Promise<void> {
    const { draft } = this.host;
    const key = revisionKey(draft.key!, current.finalised!.revision);
    const kept = await draft.repository!.getDraft<unknown>(key);
    if (!kept) {
      const title = `${assessmentTitle(current) || this.t('untitled')} — ${this.t('revisionListTitle', current.finalised!.revision)}`;
      await draft.repository!.saveDraft(
        { key, kind: REVISION_KIND, title, value: current, schemaVersion: ASSESSMENT_SCHEMA_VERSION },
        null,
        new Date().toISOString(),
      );
    } else if ((await readStoredAssessment(kept.value))?.finalised?.sha256 !== current.finalised!.sha256) {
      throw new Error('a different record is already kept under that revision');
    }
  }

  /** Keeps the finalised record under `…@r<n>` (refusing to overwrite one), then opens revision n + 1 for editing. */
  async newRevision(): Promise<void> {
    const { draft } = this.host;
    const current = this.host.assessment;
    if (!current.finalised || !draft.key || !draft.repository) return;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    const key = revisionKey(draft.key, current.finalised.revision);
    try {
      await draft.flush();
      await this.keep(current);
    } catch {
      this.busy = false;
      this.error = this.t('revisionFailed');
      this.host.requestUpdate();
      return;
    }
    const { revision, sha256 } = current.finalised;
    draft.update({ ...fingerprintedPart(current), previous: { key, revision, sha256 } });
    this.reset();
    this.busy = false;
    this.host.announce(this.t('editingRevision', revision + 1, revision), 'revision-note');
    await draft.flush();
    await this.host.refreshList();
  }

  /** Checked on opening a finalised record (once per opening), as the "Check fingerprint" button does. */
  checkOnOpening(key: string): void {
    if (this.checkedKey === key) return;
    this.checkedKey = key;
    void this.checkFingerprint(false);
  }

  /** Recomputes the SHA-256 from the record as stored (not as shown) and compares it with the one recorded. */
  async checkFingerprint(focus = true): Promise<void> {
    const { draft } = this.host;
    await draft.flush();
    const stored = draft.key ? await draft.repository?.getDraft<unknown>(draft.key) : undefined;
    // Unreadable, or its schema could not be fetched: either way the fingerprint cannot be checked.
    const value = stored ? await readStoredAssessment(stored.value).catch(() => undefined) : undefined;
    if (!value?.finalised) {
      this.check = { matches: false, message: this.t('fingerprintMissing') };
    } else {
      const check = await checkFingerprint(value);
      this.check = { matches: check.status === 'matches', message: fingerprintWords(check, value) };
    }
    if (focus) this.host.announce('', 'fingerprint-check');
    else this.host.requestUpdate();
  }
}
