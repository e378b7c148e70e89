/**
 * Public events (contract): `hhsrs-*`, bubbling and composed, with typed fields rather than a loose detail.
 */
const init = { bubbles: true, composed: true } as const;

export interface HazardScoreSummary {
  hazardId: string;
  hazardNumber: number;
  score: number;
  rawScore: number;
  band: string;
  category: 1 | 2;
}

/** A hazard's score, band or category changed (or a hazard was added or removed). */
export class HhsrsScoreChangeEvent extends Event {
  static readonly eventName = 'hhsrs-score-change';
  constructor(
    readonly assessmentId: string,
    readonly schemeId: string,
    readonly hazards: readonly HazardScoreSummary[],
  ) {
    super(HhsrsScoreChangeEvent.eventName, init);
  }
}

/** A draft reached storage. `persistent` is false when the browser is keeping it only in memory. */
export class HhsrsDraftSavedEvent extends Event {
  static readonly eventName = 'hhsrs-draft-saved';
  constructor(
    readonly key: string,
    readonly revision: number,
    readonly savedAt: string,
    readonly persistent: boolean,
  ) {
    super(HhsrsDraftSavedEvent.eventName, init);
  }
}

export type HhsrsErrorKind = 'quota' | 'conflict' | 'blocked' | 'unavailable' | 'failed' | 'import' | 'input' | 'print';

/** Something the user was told went wrong: a save, an import, a printout. */
export class HhsrsErrorEvent extends Event {
  static readonly eventName = 'hhsrs-error';
  constructor(
    readonly kind: HhsrsErrorKind,
    readonly message: string,
  ) {
    super(HhsrsErrorEvent.eventName, init);
  }
}

/** The overcrowding result changed; `result` is the full checkOvercrowding result (or null while invalid). */
export class HhsrsOvercrowdingChangeEvent<R = unknown> extends Event {
  static readonly eventName = 'hhsrs-overcrowding-change';
  constructor(readonly result: R | null) {
    super(HhsrsOvercrowdingChangeEvent.eventName, init);
  }
}

/** A register record was created, changed or deleted. */
export class HhsrsRegisterChangeEvent extends Event {
  static readonly eventName = 'hhsrs-register-change';
  constructor(
    readonly store: string,
    readonly recordId: string,
    readonly change: 'created' | 'updated' | 'deleted',
  ) {
    super(HhsrsRegisterChangeEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'hhsrs-score-change': HhsrsScoreChangeEvent;
    'hhsrs-draft-saved': HhsrsDraftSavedEvent;
    'hhsrs-error': HhsrsErrorEvent;
    'hhsrs-overcrowding-change': HhsrsOvercrowdingChangeEvent;
    'hhsrs-register-change': HhsrsRegisterChangeEvent;
  }
}
