import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (or Shift+Tab) until the element matching `predicate` has focus; counts the presses. */
export async function tabUntil(predicate: (el: Element) => boolean, max = 400, backwards = false): Promise<number> {
  for (let presses = 0; presses < max; presses++) {
    const active = deepActiveElement();
    if (active && predicate(active)) return presses;
    await sendKeys({ press: backwards ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(
    `Could not reach the element by keyboard in ${max} presses; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`,
  );
}

export const byId = (id: string) => (el: Element) => el.id === id;

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}
