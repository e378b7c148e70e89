/** Tells the page's other tabs that a draft was saved, so each can refresh an idle copy or flag a conflict. */
const CHANNEL = 'hhsrs-toolkit-drafts';

export interface DraftSavedMessage {
  key: string;
  revision: number;
  /** The tab that saved, which ignores its own message. */
  from: string;
}

export function openDraftChannel(onSaved: (message: Partial<DraftSavedMessage>) => void): BroadcastChannel {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => onSaved((event.data ?? {}) as Partial<DraftSavedMessage>);
  return channel;
}
