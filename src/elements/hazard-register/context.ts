import type * as PrepareEvidence from '../../evidence/prepare-evidence.ts';
import type * as RegisterLayout from '../../print/register-layout.ts';
import type * as RenderPdf from '../../print/render-pdf.ts';
import type { RegisterStore } from '../../schema/register.ts';
import type * as AssessmentImport from '../../storage/register/assessment-import.ts';
import type { RegisterRepository } from '../../storage/register/repository.ts';
import type { RegisterMessages, ShellMessages } from './messages.ts';

/** Where the register is: one screen at a time, like pages of a GOV.UK service. */
export type Route =
  | { view: 'properties' }
  | { view: 'hazards' }
  | { view: 'actions' }
  | { view: 'report' }
  | { view: 'data' }
  | { view: 'settings' }
  | { view: 'merge' }
  | { view: 'retention' }
  | { view: 'scheme-form'; id?: string }
  | { view: 'property'; id: string }
  | { view: 'property-form'; id?: string }
  | { view: 'hazard'; id: string }
  | { view: 'hazard-form'; propertyId: string; id?: string }
  | { view: 'assessment-form'; propertyId: string }
  | { view: 'action-form'; hazardId: string; id?: string };

/** Code a screen fetches when the user first asks for it (screens.ts has the loaders). */
export interface LaterCode {
  reportPdf(): Promise<[typeof RegisterLayout, typeof RenderPdf]>;
  prepareEvidence(): Promise<typeof PrepareEvidence>;
  assessmentImport(): Promise<typeof AssessmentImport>;
}

/**
 * What every screen gets from `<hazard-register>`: data down, and callbacks for what goes up. The
 * properties list, which opens first, gets only the frame's words (`M` = ShellMessages); the other
 * screens arrive with every word.
 */
export interface RegisterContext<M extends ShellMessages = RegisterMessages> {
  repository: RegisterRepository;
  /** The name typed once on this device, recorded with every change. */
  who: string;
  /** YYYY-MM-DD, UK date. */
  today: string;
  m: M;
  /** Goes up whenever the register changed (here or in another tab): screens reload when it does. */
  version: number;
  navigate(route: Route): void;
  /** A record was saved or deleted: refresh, and tell the page (`hhsrs-register-change`). */
  changed(store: RegisterStore | 'register', id: string, change: 'created' | 'updated' | 'deleted'): void;
  /** A save or load failed: show it in the banner, and tell the page (`hhsrs-error`). */
  fail(error: unknown): void;
  /** Code fetched on the user's first request (a PDF, a file to check). */
  later: LaterCode;
  /** Replace the user's name after the settings screen saved it. */
  whoChanged(name: string): void;
}
