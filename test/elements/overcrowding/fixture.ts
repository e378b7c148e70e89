import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { deleteDB } from 'idb';
import { DATABASE_NAME } from '../../../src/storage/database.ts';
import { captureDownloads } from '../../helpers/downloads.ts';
import { pdfText, type PdfText } from '../../helpers/pdf.ts';
import '../../../src/elements/overcrowding-check/define.ts';
import type { OvercrowdingCheck } from '../../../src/elements/overcrowding-check/overcrowding-check.ts';
import type { DraftRoom } from '../../../src/schema/overcrowding.ts';

export async function freshDatabase(): Promise<void> {
  await deleteDB(DATABASE_NAME);
}

/** `<overcrowding-check>` as a page would embed it, once its draft has loaded (the form is shown). */
export async function overcrowdingFixture(attributes: { units?: 'metric' | 'imperial'; storageKey?: string } = {}) {
  const el = await fixture<OvercrowdingCheck>(
    html`<overcrowding-check units=${attributes.units ?? 'metric'} storage-key=${attributes.storageKey ?? 'test-overcrowding'}></overcrowding-check>`,
  );
  const root = el.shadowRoot!;
  // A saved draft is read with its schema, fetched only then.
  await waitUntil(() => root.querySelector('form'), 'the draft did not load', { timeout: 20000 });
  await el.updateComplete;
  await checkArrived(el);
  return { el, root };
}

/**
 * Waits while the results or the cards say "Loading…": the check's own code and the cards' are fetched once
 * there is someone or a room to check, and arrive a moment later, as they would for a user.
 */
export async function checkArrived(el: OvercrowdingCheck): Promise<void> {
  const loading = () => el.shadowRoot!.querySelector('[part="results"] [role="status"], form [role="status"]') !== null;
  if (!loading()) return;
  await waitUntil(() => !loading(), 'the check did not arrive', { timeout: 20000 });
  await el.updateComplete;
}

export function q<T extends Element = HTMLElement>(root: ShadowRoot, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function all<T extends Element = HTMLElement>(root: ShadowRoot, selector: string): T[] {
  return [...root.querySelectorAll<T>(selector)];
}

/** The button whose text is exactly `text`. */
export function button(root: ShadowRoot, text: string): HTMLButtonElement {
  const found = all<HTMLButtonElement>(root, 'button').find((b) => b.textContent?.trim().replace(/\s+/g, ' ') === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** Types into a control as a user would (input, then change, then leaving it). */
export async function setValue(
  el: OvercrowdingCheck,
  control: HTMLInputElement | HTMLSelectElement,
  value: string,
): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  control.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
  await checkArrived(el);
}

export async function click(el: OvercrowdingCheck, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
  await checkArrived(el);
}

/** The controls of the n-th person card (0-based). */
export function personControls(root: ShadowRoot, n: number) {
  const card = all(root, '[part="person"]')[n];
  if (!card) throw new Error(`no person ${n + 1}`);
  const pick = <T extends Element>(selector: string) => card.querySelector(selector) as T;
  return {
    card,
    name: pick<HTMLInputElement>('input[id$="-name"]'),
    age: pick<HTMLInputElement>('input[id$="-age"]'),
    female: pick<HTMLInputElement>('input[value="female"]'),
    male: pick<HTMLInputElement>('input[value="male"]'),
    partner: pick<HTMLSelectElement>('select[id$="-partner"]'),
  };
}

export function roomControls(root: ShadowRoot, n: number) {
  const card = all(root, '[part="room"]')[n];
  if (!card) throw new Error(`no room ${n + 1}`);
  const pick = <T extends Element>(selector: string) => card.querySelector(selector) as T;
  return {
    card,
    name: pick<HTMLInputElement>('input[id$="-name"]'),
    use: pick<HTMLSelectElement>('select[id$="-use"]'),
    byArea: pick<HTMLInputElement>('input[value="area"]'),
    byDimensions: pick<HTMLInputElement>('input[value="dimensions"]'),
    area: pick<HTMLInputElement>('input[type="text"][id$="-area"]'),
    length: pick<HTMLInputElement>('input[id$="-length"]'),
    width: pick<HTMLInputElement>('input[id$="-width"]'),
    lowCeiling: pick<HTMLInputElement>('input[id$="-lowCeiling"]'),
  };
}

export interface PersonInput {
  name: string;
  age: string;
  sex: 'female' | 'male';
  /** The name of their partner, who must come earlier in the list. */
  partner?: string;
}

export interface RoomInput {
  name: string;
  use: Exclude<DraftRoom['use'], ''>;
  /** For a kitchen-diner: whether it counts as a room to sleep in. */
  counts?: 'yes' | 'no';
  area?: string;
  length?: string;
  width?: string;
  lowCeiling?: string;
}

/** Adds and fills people and rooms through the form. */
export async function fillHousehold(
  el: OvercrowdingCheck,
  root: ShadowRoot,
  people: PersonInput[],
  rooms: RoomInput[],
): Promise<void> {
  for (const person of people) {
    await click(el, button(root, 'Add a person'));
    const controls = personControls(root, all(root, '[part="person"]').length - 1);
    await setValue(el, controls.name, person.name);
    await setValue(el, controls.age, person.age);
    await click(el, person.sex === 'female' ? controls.female : controls.male);
    if (person.partner) {
      const option = [...controls.partner.options].find((o) => o.textContent === person.partner);
      await setValue(el, controls.partner, option!.value);
    }
  }
  for (const room of rooms) {
    await click(el, button(root, 'Add a room'));
    let controls = roomControls(root, all(root, '[part="room"]').length - 1);
    await setValue(el, controls.name, room.name);
    await setValue(el, controls.use, room.use);
    if (room.counts)
      await click(el, controls.card.querySelector<HTMLInputElement>(`input[id$="-counts-${room.counts}"]`)!);
    if (room.length !== undefined) {
      await click(el, controls.byDimensions);
      controls = roomControls(root, all(root, '[part="room"]').length - 1);
      await setValue(el, controls.length, room.length);
      await setValue(el, controls.width, room.width ?? '');
    } else {
      await setValue(el, controls.area, room.area ?? '');
    }
    if (room.lowCeiling !== undefined) await setValue(el, controls.lowCeiling, room.lowCeiling);
  }
}

/** The text of a finding (verdict, room, space, bedroom, hmo), spaces collapsed. */
export function findingText(root: ShadowRoot, id: string): string {
  return (root.querySelector(`[part~="finding-${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The rows of the table with this caption inside a finding, each as its cells' text. */
export function tableRows(root: ShadowRoot, caption: string): string[][] {
  const table = all<HTMLTableElement>(root, 'table').find((t) => t.caption?.textContent?.trim() === caption);
  if (!table) throw new Error(`no table "${caption}"`);
  return [...table.rows].map((row) =>
    [...row.cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The summary list of a finding as [key, value] pairs. */
export function facts(root: ShadowRoot, id: string): string[][] {
  return all(root, `[part~="finding-${id}"] .summary-list > div`).map((row) => [
    row.querySelector('dt')?.textContent?.trim() ?? '',
    row.querySelector('dd')?.textContent?.trim() ?? '',
  ]);
}

/** Presses "Download as PDF" (or the button in the page's language) and reads back the PDF it downloads. */
export async function downloadedPdf(
  el: OvercrowdingCheck,
  root: ShadowRoot,
  label = 'Download as PDF',
): Promise<PdfText> {
  const downloads = captureDownloads();
  try {
    await click(el, button(root, label));
    await waitUntil(() => downloads.blobs.some((b) => b.type === 'application/pdf'), 'no PDF was downloaded', {
      timeout: 20000,
    });
  } finally {
    downloads.restore();
  }
  return pdfText(downloads.blobs.find((b) => b.type === 'application/pdf')!);
}
