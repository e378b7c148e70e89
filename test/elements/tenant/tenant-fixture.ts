import { fixture, html } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { DATABASE_NAME, openDatabase } from '../../../src/storage/database.ts';
import { IdbRepository } from '../../../src/storage/idb-repository.ts';
import '../../../src/elements/hhsrs-assessor/tenant/define.ts';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';
import type { TenantDraft } from '../../../src/schema/tenant.ts';
import { freshTenantDraft, TENANT_DRAFT_VERSION } from '../../../src/schema/tenant-values.ts';

/** Monday 23 November 2026: letters are dated, and deadlines counted, from here. */
export const TODAY = '2026-11-23';
export const KEY = 'test-tenant';

const opened: IdbRepository[] = [];

/** A fresh, real IndexedDB for each test. */
export async function freshDatabase(): Promise<void> {
  while (opened.length) await opened.pop()!.close();
  await deleteDB(DATABASE_NAME);
}

export async function openRepository(): Promise<IdbRepository> {
  const repository = new IdbRepository((closed) => openDatabase(closed));
  opened.push(repository);
  return repository;
}

/** Renders the tenant check on its own, as the assessor shell does in tenant mode, and waits for its draft. */
export async function mount(
  repository: IdbRepository,
  options: { width?: number; council?: boolean; today?: string; lang?: string } = {},
): Promise<TenantCheck> {
  const council = options.council ?? true;
  const wrapper = await fixture<HTMLDivElement>(html`<div class=${options.width ? 'narrow' : ''}>
    <hhsrs-tenant-check
      storage-key=${KEY}
      .repository=${repository}
      .today=${options.today ?? TODAY}
      lang=${options.lang ?? 'en'}
      council-name=${council ? 'Anytown Council' : ''}
      council-phone=${council ? '01234 567890' : ''}
    ></hhsrs-tenant-check>
  </div>`);
  if (options.width) wrapper.style.width = `${options.width}px`;
  const element = wrapper.querySelector<TenantCheck>('hhsrs-tenant-check')!;
  await until(() => Boolean(element.shadowRoot?.querySelector('#page-title')));
  return element;
}

export async function until(condition: () => boolean, what = 'condition', timeout = 20000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const $ = <T extends Element = HTMLElement>(el: TenantCheck, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const title = (el: TenantCheck): string => $(el, '#page-title')?.textContent?.trim() ?? '';
/** What the page says, as rendered (innerText keeps the gaps between blocks). */
export const text = (el: TenantCheck, selector = '.tenant'): string =>
  ($(el, selector)?.innerText ?? '').replace(/\s+/g, ' ');

/** Ticks or chooses the option whose label reads `label`, by clicking it as a mouse user would. */
export async function choose(el: TenantCheck, label: string): Promise<void> {
  const target = [...el.shadowRoot!.querySelectorAll('label')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!target) throw new Error(`No option "${label}" on "${title(el)}"`);
  target.click();
  await el.updateComplete;
}

export async function clickButton(el: TenantCheck, label: string): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!button) throw new Error(`No button "${label}" on "${title(el)}"`);
  button.click();
  await el.updateComplete;
  await pageShown(el);
}

/** Waits while the page is still on its way ("Loading…"): the pages after the start page arrive when the tenant starts. */
export async function pageShown(el: TenantCheck): Promise<void> {
  await until(() => Boolean($(el, '#page-title')), 'the page to arrive');
}

export async function fill(el: TenantCheck, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Answers pages by clicking: each entry is the labels to choose, then Continue. */
export async function answer(el: TenantCheck, ...pages: (string | string[])[]): Promise<void> {
  for (const page of pages) {
    for (const label of Array.isArray(page) ? page : [page]) await choose(el, label);
    await clickButton(el, 'Continue');
  }
}

/** A damp flat with a toddler, rented from the council, up to "Check your answers" (or past `told`'s answer). */
export async function dampFlatToCheck(el: TenantCheck, told = 'No, not yet'): Promise<void> {
  await clickButton(el, 'Start now');
  await answer(
    el,
    'England',
    'The council',
    'A child under 5',
    'Damp or mould',
    ['Black or green mould on walls, ceilings, furniture or clothes', 'Damp patches or wet walls'],
    'Large areas, or it keeps coming back after cleaning',
    'More than 6 months ago',
    ['Bedroom', 'Bathroom or toilet'],
    told,
  );
}

/** Saves a check as if the tenant had answered it, so a test can start part-way through (as a returning tenant does). */
export async function savedCheck(repository: IdbRepository, draft: TenantDraft): Promise<void> {
  await repository.saveDraft(
    {
      key: `${KEY}/current`,
      kind: 'tenant-check',
      title: 'Saved check',
      value: draft,
      schemaVersion: TENANT_DRAFT_VERSION,
    },
    null,
    '2026-11-01T10:00:00Z',
  );
}

/** A private tenant in England with a broken stair rail, who has made the letter. */
export function stairRailLetter(patch: Partial<TenantDraft> = {}): TenantDraft {
  return {
    ...freshTenantDraft(),
    page: 'letter',
    nation: 'england',
    landlord: 'private',
    household: ['none'],
    topics: ['falls'],
    answers: {
      falls: {
        kinds: ['stair-rail'],
        severity: 'medium',
        coldNow: null,
        since: '1-to-6-months',
        rooms: ['hall-and-stairs'],
      },
    },
    told: 'no',
    letter: {
      name: 'Alex Smith',
      address: '3 Hill Road\nAnytown AN1 2BC',
      landlordName: 'Hill Lettings',
      contact: '',
      extra: '',
    },
    ...patch,
  };
}

/** A council tenant in England with a toddler and damp and mould, who has made the letter. */
export function dampFlatLetter(patch: Partial<TenantDraft> = {}): TenantDraft {
  return {
    ...freshTenantDraft(),
    page: 'letter',
    nation: 'england',
    landlord: 'council',
    household: ['under-5'],
    topics: ['damp-and-mould'],
    answers: {
      'damp-and-mould': {
        kinds: ['mould', 'damp-patches'],
        severity: 'high',
        coldNow: null,
        since: 'over-6-months',
        rooms: ['bedroom', 'bathroom'],
      },
    },
    told: 'no',
    letter: {
      name: 'Sam Jones',
      address: 'Flat 2, 12 Mill Lane\nAnytown AN1 2BC',
      landlordName: 'Anytown Homes',
      contact: '',
      extra: '',
    },
    ...patch,
  };
}
