import type { TenantDraft } from '../../../schema/tenant.ts';
import { pageAfter, pageBefore, pageErrors, resumePage, type PageError } from './flow.ts';
import type { PageId } from './page-ids.ts';

/** What moving between pages reads and changes: the element's journey, which stays with the first screen. */
export interface Moves {
  /** YYYY-MM-DD: today, as the element reads it. */
  today(): string;
  /** The check as it is now. */
  value(): TenantDraft;
  go(page: PageId, patch?: Partial<TenantDraft>): void;
  showErrors(errors: PageError[]): void;
}

/** Continue: on to the next page, or back to this one with what is missing on it. */
export function continueFrom(moves: Moves): void {
  const draft = moves.value();
  const today = moves.today();
  const page = resumePage(draft, today);
  const errors = pageErrors(page, draft, today);
  if (errors.length > 0) {
    moves.showErrors(errors);
    return;
  }
  const target = pageAfter(page, draft, today);
  moves.go(target, target === 'check' ? { returnTo: null } : {});
}

/** Back: to the page before, even if the tenant came from the check to change an answer. */
export function goBack(moves: Moves): void {
  const draft = moves.value();
  moves.go(pageBefore(resumePage(draft, moves.today()), draft), { returnTo: null });
}
