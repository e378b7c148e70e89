import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { TENANT_LETTER_LIMITS } from '../../../src/schema/tenant-values.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { captureDownloads } from '../../helpers/downloads.ts';
import {
  $,
  freshDatabase,
  KEY,
  mount,
  openRepository,
  savedCheck,
  stairRailLetter,
  title,
  TODAY,
  until,
} from './tenant-fixture.ts';

const status = (el: TenantCheck) => $(el, '[data-save-status]')?.textContent?.trim() ?? '';

async function type(el: TenantCheck, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

function startNow(el: TenantCheck): void {
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
    .find((b) => b.textContent?.trim() === 'Start now')!
    .click();
}

describe('Tenant self-check never loses the answers', function () {
  this.timeout(30_000);
  beforeEach(freshDatabase);

  for (const field of ['name', 'address', 'landlordName', 'contact', 'extra'] as const) {
    const limit = TENANT_LETTER_LIMITS[field];
    it(`at ${limit + 1} characters in the letter's ${field}, says so, drops nothing typed and re-opens the saved answers`, async () => {
      const repository = await openRepository();
      await savedCheck(repository, stairRailLetter({ page: 'letter-details' }));
      const el = await mount(repository);
      const long = 'a'.repeat(limit + 1);
      await type(el, field, long);
      await until(() => status(el).startsWith('Not saved'), 'the status to say the answers are not saved');
      expect(status(el)).to.equal(
        'Not saved: what you typed is 1 character too long. Make it shorter to save your answers.',
      );
      expect($(el, `#${field}-count`)!.textContent!.trim()).to.equal('You have 1 character too many');
      expect($<HTMLInputElement>(el, `#${field}`)!.value).to.equal(long);
      await expectAccessible(el, `letter ${field} one character too long`);

      await type(el, field, long.slice(1));
      await until(() => status(el) === 'Your answers are saved.', 'the answers to be saved');
      fixtureCleanup();
      const again = await mount(repository);
      expect(title(again)).not.to.equal('');
      expect($<HTMLInputElement>(again, `#${field}`)!.value).to.equal(long.slice(1));
      expect($<HTMLInputElement>(again, '#name')!.value).to.equal(field === 'name' ? long.slice(1) : 'Alex Smith');
    });
  }

  it('keeps saved answers it cannot read aside, says what could not be read, and downloads them as they were', async () => {
    const repository = await openRepository();
    const unreadable = stairRailLetter({
      page: 'letter-details',
      letter: { ...stairRailLetter().letter, extra: 'e'.repeat(12_000) },
    });
    await savedCheck(repository, unreadable);
    const before = await repository.getDraft(`${KEY}/current`);
    const el = await mount(repository);
    await until(() => Boolean($(el, '[data-unreadable]')), 'the banner for the unreadable answers');
    const banner = $(el, '[data-unreadable]')!;
    expect(banner.textContent).to.contain('We could not read the answers saved before');
    expect(banner.textContent).to.contain('letter.extra');
    await expectAccessible(el, 'unreadable answers banner');

    const downloads = captureDownloads();
    try {
      banner.querySelector<HTMLButtonElement>('button')!.click();
      expect(JSON.parse(await downloads.blobs[0]!.text())).to.deep.equal(before);
    } finally {
      downloads.restore();
    }
    startNow(el);
    await until(() => status(el) === 'Your answers are saved.', 'the new check to be saved');
    expect((await repository.getDraft(banner.dataset['unreadable']!))?.value).to.deep.equal(before);
  });

  it('says the answers were brought back after the page closed, not that another tab changed them', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter({ page: 'letter-details' }));
    const stored = await repository.getDraft(`${KEY}/current`);
    localStorage.setItem(
      `hhsrs-toolkit:unsaved:${KEY}/current`,
      JSON.stringify({
        value: stairRailLetter({
          page: 'letter-details',
          letter: { ...stairRailLetter().letter, name: 'Alex Smith-Jones' },
        }),
        revision: stored!.revision,
      }),
    );
    const el = await mount(repository);
    await until(() => Boolean($(el, '[data-notice]')), 'the notice');
    expect($(el, '[data-notice]')!.textContent).to.contain(
      'Answers you gave just before the page closed have been brought back.',
    );
    expect($(el, '[data-notice]')!.textContent).not.to.contain('another tab');
    localStorage.clear();
  });
});

describe('Tenant self-check when the browser will not store', () => {
  it('says "Not saved — kept in this page only", never that the answers are saved', async () => {
    const repository = new MemoryRepository();
    const el = await fixture<TenantCheck>(
      html`<hhsrs-tenant-check storage-key="memory-tenant" .repository=${repository} .today=${TODAY}></hhsrs-tenant-check>`,
    );
    await until(() => Boolean(el.shadowRoot?.querySelector('#page-title')), 'the start page');
    startNow(el);
    await until(() => status(el) !== '', 'the status line');
    expect(status(el)).to.equal(
      'Not saved — kept in this page only. Your answers will be lost when you close this page.',
    );
    expect(el.shadowRoot!.textContent).not.to.contain('Your answers are saved.');
  });
});
