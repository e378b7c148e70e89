/** How open tabs of the same origin keep each other's view of a register fresh. */
const CHANNEL = 'hhsrs-toolkit-register';

/** Tells other tabs of the same origin that a register changed, so they can refresh what they show. */
export function announce(storageKey: string, store: string, id: string): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ storageKey, store, id });
  channel.close();
}

/** Listens for changes other tabs made to a register. Returns the function that stops listening. */
export function onOtherTabChange(storageKey: string, listener: (store: string, id: string) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ storageKey: string; store: string; id: string }>) => {
    if (event.data.storageKey === storageKey) listener(event.data.store, event.data.id);
  };
  return () => channel.close();
}
