import { expect, fixture, html } from '@open-wc/testing';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';
import { LATER, SCREENS } from '../../../src/elements/hhsrs-assessor/tenant/screens.ts';
import type { IdbRepository } from '../../../src/storage/idb-repository.ts';
import {
  $,
  choose,
  clickButton,
  freshDatabase,
  KEY,
  mount,
  openRepository,
  savedCheck,
  stairRailLetter,
  text,
  title,
  TODAY,
  until,
} from './tenant-fixture.ts';

/** What a tenant sees when their connection drops before a part of the check was ever fetched. */
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const original = { ...LATER, questions: SCREENS.questions.load };

/** The check as a page embeds it, without waiting for a first page (which may not come). */
async function embed(repository: IdbRepository, lang = 'en'): Promise<TenantCheck> {
  return fixture<TenantCheck>(
    html`<hhsrs-tenant-check storage-key=${KEY} .repository=${repository} .today=${TODAY} lang=${lang}></hhsrs-tenant-check>`,
  );
}

/** The page the saved check is on, once storage has had time to take a change (within 500 ms). */
async function savedPage(repository: IdbRepository): Promise<string | undefined> {
  await new Promise((resolve) => setTimeout(resolve, 600));
  return (await repository.getDraft<{ page: string }>(`${KEY}/current`))?.value.page;
}

describe('<hhsrs-tenant-check> parts that arrive when they are needed', () => {
  beforeEach(freshDatabase);
  afterEach(() => {
    const { questions, ...later } = original;
    Object.assign(LATER, later);
    SCREENS.questions.load = questions;
  });

  it('fetches the questions as the tenant reaches for "Start now", once, and shows the first question when pressed', async () => {
    const repository = await openRepository();
    const el = await mount(repository);
    let fetched = 0;
    SCREENS.questions.load = () => {
      fetched += 1;
      return original.questions();
    };
    $(el, '.button--start')!.focus();
    expect(fetched, 'focusing "Start now" fetches the questions').to.equal(1);
    await clickButton(el, 'Start now');
    expect(title(el)).to.equal('Where is your home?');
    expect(fetched).to.equal(1);
  });

  it('goes on to the first question when the pages after the start arrive, and says so while they cannot, keeping the answers', async () => {
    const repository = await openRepository();
    const el = await mount(repository);
    SCREENS.questions.load = offline;
    $(el, '.button--start')!.click();
    await until(() => text(el).includes('could not load'), 'the failure');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Nothing you have entered is lost');
    expect(await savedPage(repository)).to.equal('nation');

    SCREENS.questions.load = original.questions;
    await clickButton(el, 'Try again');
    expect(title(el)).to.equal('Where is your home?');
    await choose(el, 'England');
    await clickButton(el, 'Continue');
    expect(title(el)).to.equal('Who is your landlord?');
  });

  it('keeps a saved check it cannot read yet (offline), and reads it on "Try again"', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter());
    LATER.schema = offline;
    const el = await embed(repository);
    await until(() => text(el).includes('could not load'), 'the failure');
    expect(await savedPage(repository), 'the saved check is not overwritten').to.equal('letter');

    LATER.schema = original.schema;
    await clickButton(el, 'Try again');
    expect(title(el)).to.equal('Your letter to your landlord');
    expect(text(el, '.letter')).to.contain('Dear Hill Lettings,');
  });

  it('shows nothing in English to a Welsh reader: says in Welsh that the Welsh words could not load, then shows them', async () => {
    LATER.welsh = offline;
    const el = await embed(await openRepository(), 'cy');
    await until(() => text(el).includes('Nid oedd modd llwytho'), 'the failure, in Welsh');
    expect(title(el)).to.equal('');
    expect(text(el)).not.to.contain('Check a problem');
    expect($(el, '.tenant')!.getAttribute('lang')).to.equal('cy');

    LATER.welsh = original.welsh;
    await clickButton(el, 'Rhowch gynnig arall arni');
    expect(title(el)).to.equal('Gwirio problem yn eich cartref rhent');
  });

  it('writes the letter in Welsh from an English page for a home in Wales, with the Welsh words fetched for it', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter({ nation: 'wales' }));
    const el = await mount(repository);
    expect(title(el)).to.equal('Your letter to your landlord');
    await choose(el, 'Welsh');
    await until(() => text(el, '.letter').includes('Annwyl Hill Lettings,'), 'the letter in Welsh');
    expect($(el, '.letter')!.getAttribute('lang')).to.equal('cy');
    expect($(el, '.tenant')!.getAttribute('lang')).to.equal('en');
    expect(title(el)).to.equal('Your letter to your landlord');
  });

  it('says when photos cannot be added because the photo checker cannot load', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter({ page: 'letter-details' }));
    LATER.photoChecker = offline;
    const el = await embed(repository);
    await until(() => title(el) === 'Your details for the letter', 'the details page');
    const input = $<HTMLInputElement>(el, '#photos')!;
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array([0xff, 0xd8, 0xff])], 'mould.jpg', { type: 'image/jpeg' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(
      () => text(el).includes('Your photos could not be added. Check your connection, then try again.'),
      'the photo problem',
    );
    expect(text(el)).not.to.contain('photo added');
  });
});
