import type { TemplateResult } from 'lit';
import { followUp, type FollowUp } from '../../../../../core/tenant/index.ts';
import type { TenantDraft } from '../../../../../schema/tenant.ts';
import { landlordCase } from '../../flow.ts';
import { sentDate } from '../../sent.ts';
import type { ScreenState } from '../../state.ts';
import { drawPage } from '../../view.ts';
import { letterFor } from '../letter/letter-model.ts';
import { followUpView, sentHowView, sentOnView } from './follow-up.ts';

/** After the letter: how and when it was sent, then where the tenant stands once the landlord's time is up. */
export function render(state: ScreenState): TemplateResult {
  return drawPage(state, (v) => {
    if (v.page === 'sent-how') return sentHowView(v);
    const outcome = v.page === 'follow-up' ? followUpOf(v.draft, v.today) : undefined;
    // Only reached with a real sent date (resumePage); if the device's clock has gone back, ask again.
    return outcome ? followUpView(v, outcome, letterFor(state, v)) : sentOnView(v);
  });
}

/** Where the tenant stands after sending the letter; undefined until a real sent date, in England or Wales, is given. */
function followUpOf(draft: TenantDraft, today: string): FollowUp | undefined {
  const sentOn = sentDate(draft.sent);
  if (!draft.sent?.how || !sentOn || sentOn > today || (draft.nation !== 'england' && draft.nation !== 'wales'))
    return undefined;
  return followUp({ ...landlordCase(draft, sentOn), nation: draft.nation, sentOn, today });
}
