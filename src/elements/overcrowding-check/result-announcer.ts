import { HhsrsOvercrowdingChangeEvent } from '../events.ts';
import type { OvercrowdingResult } from './evaluate.ts';

/**
 * Tells the page (`hhsrs-overcrowding-change`) each time the result changes: call it after each render.
 * Nothing is sent for the first empty form, whose result is already null.
 */
export function resultAnnouncer(host: EventTarget): (result: OvercrowdingResult | null) => void {
  let sent = 'null';
  return (result) => {
    const signature = JSON.stringify(result);
    if (signature === sent) return;
    sent = signature;
    host.dispatchEvent(new HhsrsOvercrowdingChangeEvent<OvercrowdingResult>(result));
  };
}
