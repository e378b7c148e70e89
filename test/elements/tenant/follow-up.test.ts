import { expect } from '@open-wc/testing';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  $,
  choose,
  clickButton,
  dampFlatLetter,
  fill,
  freshDatabase,
  KEY,
  mount,
  openRepository,
  savedCheck,
  stairRailLetter,
  text,
  title,
  until,
} from './tenant-fixture.ts';

/** From the letter page: "I have sent the letter", how, and the date as day, month and year. */
async function recordSending(
  el: TenantCheck,
  how: string,
  [day, month, year]: [string, string, string],
): Promise<void> {
  await clickButton(el, 'I have sent the letter');
  expect(title(el)).to.equal('How did you send the letter?');
  await choose(el, how);
  await clickButton(el, 'Continue');
  expect(title(el)).to.equal('When did you send the letter?');
  await fill(el, 'sent-day', day);
  await fill(el, 'sent-month', month);
  await fill(el, 'sent-year', year);
  await clickButton(el, 'Continue');
}

/** Comes back on another day, once the follow-up page is saved: a new page load, the same browser storage. */
async function comeBack(today: string): Promise<TenantCheck> {
  const repository = await openRepository();
  for (
    let tries = 0;
    (await repository.getDraft<{ page: string }>(`${KEY}/current`))?.value.page !== 'follow-up';
    tries++
  ) {
    if (tries > 100) throw new Error('The follow-up page was not saved');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const el = await mount(repository, { today });
  await until(() => title(el) !== '', 'the saved page');
  return el;
}

describe('<hhsrs-tenant-check> after the letter is sent', function () {
  // axe on several pages and two page loads per test.
  this.timeout(20000);
  beforeEach(freshDatabase);

  it('a private tenant returning 15 days after posting the letter sees the council step, with the problem and the date it was due', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter());
    const first = await mount(repository, { today: '2026-11-08' });
    expect(title(first)).to.equal('Your letter to your landlord');
    await recordSending(first, 'By post', ['8', '11', '2026']);
    expect(title(first)).to.equal('Wait until Sunday 22 November 2026');

    // Sunday 8 November + 14 days = Sunday 22 November, the date the letter asked for; the 23rd is after it.
    const el = await comeBack('2026-11-23');
    expect(title(el)).to.equal('Your landlord’s time is up');
    const page = text(el);
    expect(page).to.contain('You sent your letter by post on Sunday 8 November 2026.');
    expect(page).to.contain('Your landlord should have dealt with these problems by Sunday 22 November 2026:');
    expect(page).to.contain('Stairs, steps, floors or windows: fix by Sunday 22 November 2026');
    expect([...el.shadowRoot!.querySelectorAll('.steps h3')].map((h) => h.textContent?.trim())).to.deep.equal([
      'Contact Anytown Council',
    ]);
    expect(page).to.contain('Tell them which problems have not been fixed and when you sent your letter.');
    expect(page).to.contain('Phone: 01234 567890');
    expect(page).to.not.contain('Awaab’s Law: the dates');
    await expectAccessible(el, 'follow-up: time is up, private tenant');
  });

  it('copies the letter as sent — dated the day it was posted — as plain text for an email to the council', async () => {
    const repository = await openRepository();
    await savedCheck(
      repository,
      stairRailLetter({ page: 'follow-up', sent: { how: 'post', day: '8', month: '11', year: '2026' } }),
    );
    const el = await mount(repository, { today: '2026-11-23' });
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    let copied = '';
    clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      await clickButton(el, 'Copy your letter as plain text');
      await el.updateComplete;
    } finally {
      clipboard.writeText = writeText;
    }
    expect(text(el)).to.contain('Letter copied.');
    expect(copied).to.match(
      /^Repairs needed at 3 Hill Road\n\nAlex Smith\n3 Hill Road\nAnytown AN1 2BC\n\n8 November 2026\n/,
    );
    expect(copied).to.contain('By when: Please fix it within 14 days, by Sunday 22 November 2026.');
    await clickButton(el, 'See your letter');
    expect(title(el)).to.equal('Your letter to your landlord');
    expect(text(el, '.letter')).to.contain('8 November 2026');
  });

  it('before the 14 days are up, says to wait until the date the letter asked for', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter());
    const el = await mount(repository);
    await recordSending(el, 'By email', ['18', '11', '2026']);
    // Wednesday 18 November + 14 days = Wednesday 2 December 2026.
    expect(title(el)).to.equal('Wait until Wednesday 2 December 2026');
    expect(text(el)).to.contain('You sent your letter by email on Wednesday 18 November 2026.');
    expect(text(el)).to.contain('Stairs, steps, floors or windows: fix by Wednesday 2 December 2026');
    expect(text(el)).to.contain('come back to this page after Wednesday 2 December 2026');
    expect(el.shadowRoot!.querySelector('.steps')).to.equal(null);
    await expectAccessible(el, 'follow-up: waiting');
  });

  it('asks again for a date that is not real or is in the future, and for how the letter was sent', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter());
    const el = await mount(repository);
    await clickButton(el, 'I have sent the letter');
    await clickButton(el, 'Continue');
    expect(text(el, '.error-summary')).to.contain('Select how you sent the letter');
    await expectAccessible(el, 'how: error');
    await choose(el, 'On your landlord’s website, app or online form');
    await clickButton(el, 'Continue');
    await clickButton(el, 'Continue');
    expect(text(el, '.error-summary')).to.contain('Enter the date you sent the letter');
    await fill(el, 'sent-day', '31');
    await fill(el, 'sent-month', '11');
    await fill(el, 'sent-year', '2026');
    await clickButton(el, 'Continue');
    expect(text(el, '.error-summary')).to.contain('The date you sent the letter must be a real date');
    expect($(el, '#sent-day')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el, 'date: error');
    await fill(el, 'sent-day', '24');
    await clickButton(el, 'Continue');
    expect(text(el, '.error-summary')).to.contain('The date you sent the letter must be today or in the past');
    await fill(el, 'sent-day', '23');
    await clickButton(el, 'Continue');
    expect(title(el)).to.equal('Wait until Monday 7 December 2026');
    expect(text(el)).to.contain('You sent your letter online on Monday 23 November 2026.');
  });

  it('gives a council tenant in England the Awaab’s Law dates for damp, then the complaints process and the Housing Ombudsman', async () => {
    const repository = await openRepository();
    await savedCheck(repository, dampFlatLetter());
    const el = await mount(repository);
    await recordSending(el, 'By hand', ['23', '11', '2026']);
    // FACTS.md §4, from Monday 23 November 2026: investigate within 10 working days; summary and make-safe
    // within 3 and 5 working days of the investigation ending (at the latest); further works within 12 weeks.
    expect(title(el)).to.equal('Wait until Monday 7 December 2026');
    const awaabs = text(el, '.inset');
    for (const line of [
      'Awaab’s Law: the dates for your letter',
      'Investigate: by Monday 7 December 2026',
      'Send you a written summary of what they found: by Thursday 10 December 2026 at the latest',
      'Make it safe: by Monday 14 December 2026 at the latest',
      'Start any further work needed: by Monday 1 March 2027 at the latest',
    ]) {
      expect(awaabs).to.contain(line);
    }
    await expectAccessible(el, 'follow-up: Awaab’s Law dates');

    const later = await comeBack('2026-12-08');
    expect(title(later)).to.equal('Your landlord’s time is up');
    expect(text(later)).to.contain('Damp or mould: investigate by Monday 7 December 2026');
    expect([...later.shadowRoot!.querySelectorAll('.steps h3')].map((h) => h.textContent?.trim())).to.deep.equal([
      'Make a complaint to your landlord',
      'Ask the Housing Ombudsman',
    ]);
    expect(text(later, '.inset')).to.contain('Investigate: by Monday 7 December 2026');
  });

  it('keeps this tab’s answers over another tab’s when the tenant says so', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter({ page: 'sent-how' }));
    const el = await mount(repository);
    // Another tab saves without this one hearing of it; this tab's next save is then refused.
    const stored = (await repository.getDraft<ReturnType<typeof stairRailLetter>>(`${KEY}/current`))!;
    await repository.saveDraft(
      {
        key: stored.key,
        kind: stored.kind,
        title: stored.title,
        value: { ...stored.value, page: 'letter' },
        schemaVersion: stored.schemaVersion,
      },
      stored.revision,
      '2026-11-23T10:00:00Z',
    );
    await choose(el, 'By post');
    await until(() => text(el).includes('Your answers were changed in another tab or window.'), 'the conflict');
    await expectAccessible(el, 'conflict');
    await clickButton(el, 'Keep my answers');
    await until(() => !text(el).includes('Your answers were changed in another tab'), 'the banner to go');
    expect((await repository.getDraft<ReturnType<typeof stairRailLetter>>(`${KEY}/current`))!.value.sent?.how).to.equal(
      'post',
    );
  });
});
