import { expect } from '@open-wc/testing';
import { SAVE_DELAY_MS } from '../../../src/elements/controllers/draft-controller.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import type { IdbRepository } from '../../../src/storage/idb-repository.ts';
import {
  $,
  answer,
  clickButton,
  dampFlatToCheck,
  fill,
  freshDatabase,
  KEY,
  mount,
  openRepository,
  text,
  title,
  until,
} from './tenant-fixture.ts';

/** Waits until IndexedDB itself holds the draft on `page` (written within the 500 ms save window). */
async function savedPage(repository: IdbRepository, page: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const draft = await repository.getDraft<{ page: string }>(`${KEY}/current`);
    if (draft?.value.page === page) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`The draft was not saved on ${page}`);
}

/** Longer than the save window, so a write that was going to happen has happened. */
const afterSaveWindow = () => new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS * 2));

/** A small PNG photo, drawn on a canvas. */
async function photo(name: string): Promise<File> {
  const canvas = new OffscreenCanvas(40, 30);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#2f4f2f';
  context.fillRect(0, 0, 40, 30);
  return new File([await canvas.convertToBlob({ type: 'image/png' })], name, { type: 'image/png' });
}

describe('<hhsrs-tenant-check> saving in this browser', () => {
  beforeEach(freshDatabase);

  it('comes back where the tenant left off, with every answer, after a reload', async () => {
    const repository = await openRepository();
    const first = await mount(repository);
    await clickButton(first, 'Start now');
    await answer(
      first,
      'Wales',
      'A private landlord or letting agent',
      ['A child aged 5 to 14', 'Someone aged 65 or over'],
      ['Damp or mould', 'Stairs, steps, floors or windows'],
    );
    await savedPage(repository, 'topic:damp-and-mould:kinds');
    // Closing the page: the element goes, its draft is flushed; a new page opens the same storage key.
    first.remove();
    const reopened = await mount(await openRepository());
    expect(title(reopened)).to.equal('What is the problem?');
    expect(text(reopened)).to.contain('Damp or mould');
    await clickButton(reopened, 'Back');
    await clickButton(reopened, 'Back');
    expect(title(reopened)).to.equal('Does anyone who lives in your home fit any of these?');
    const ticked = [...reopened.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (box) => box.value,
    );
    expect(ticked).to.deep.equal(['5-to-14', '65-plus']);
  });

  it('says the answers are saved only once something has been saved', async () => {
    const repository = await openRepository();
    const page = await mount(repository);
    const status = () => page.shadowRoot!.querySelector('.status-line')?.textContent?.trim();
    expect(status(), 'nothing is saved before the tenant answers anything').to.equal('');
    await clickButton(page, 'Start now');
    await answer(page, 'England');
    await until(() => status() === 'Your answers are saved.', 'the saved line never appeared');
  });

  it('deletes everything it saved after the tenant confirms, leaving nothing under its storage key in IndexedDB', async () => {
    const repository = await openRepository();
    const el = await mount(repository);
    await dampFlatToCheck(el);
    await clickButton(el, 'See the results');
    await clickButton(el, 'See what to do next');
    await clickButton(el, 'Write your letter');
    await fill(el, 'name', 'Sam Jones');
    await fill(el, 'address', '12 Mill Lane');
    await savedPage(repository, 'letter-details');
    expect(await repository.countUnder(KEY)).to.equal(1);

    await clickButton(el, 'Delete everything this tool saved');
    expect(title(el)).to.equal('Delete everything this tool saved?');
    await clickButton(el, 'No, go back');
    expect(title(el)).to.equal('Your details for the letter');
    expect(await repository.countUnder(KEY)).to.equal(1);

    await clickButton(el, 'Delete everything this tool saved');
    await clickButton(el, 'Yes, delete everything');
    await until(() => title(el) === 'Everything this tool saved has been deleted', 'the deleted page');
    await afterSaveWindow();
    expect(await repository.countUnder(KEY)).to.equal(0);
    expect(await repository.getDraft(`${KEY}/current`)).to.equal(undefined);

    // Starting again shows an empty check; nothing is saved until the tenant answers.
    await clickButton(el, 'Start again');
    expect(title(el)).to.equal('Check a problem in your rented home');
    await afterSaveWindow();
    expect(await repository.countUnder(KEY)).to.equal(0);
    await clickButton(el, 'Start now');
    expect($(el, 'input:checked')).to.equal(null);
  });

  it('keeps optional photos cleaned and only in this browser, and deletes them with everything else', async () => {
    const repository = await openRepository();
    const el = await mount(repository);
    await dampFlatToCheck(el);
    for (const label of ['See the results', 'See what to do next', 'Write your letter']) await clickButton(el, label);
    await fill(el, 'name', 'Sam Jones');
    await fill(el, 'address', '12 Mill Lane');
    const input = $<HTMLInputElement>(el, '#photos')!;
    const files = new DataTransfer();
    files.items.add(await photo('mould.png'));
    files.items.add(
      new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'trick.png', {
        type: 'image/png',
      }),
    );
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(
      () => el.shadowRoot!.querySelectorAll('.photo').length === 1 && text(el).includes('trick.png'),
      'the photo and the refusal',
    );
    expect(text(el)).to.contain('“trick.png” is an SVG or web page file');
    expect($<HTMLAnchorElement>(el, '.photo a')!.download).to.equal('photo-1.png');
    await expectAccessible(el, 'letter details with a photo and a refused file');
    const [stored] = await repository.listEvidence(KEY);
    expect(stored).to.include({ kind: 'photo', originalName: 'mould.png', type: 'image/png' });

    await clickButton(el, 'Make the letter');
    expect(text(el, '.letter')).to.contain('I have a photo of the problems, which I can send you.');
    await savedPage(repository, 'letter');
    expect(await repository.countUnder(KEY)).to.equal(2);

    await clickButton(el, 'Delete everything this tool saved');
    await clickButton(el, 'Yes, delete everything');
    await until(() => title(el) === 'Everything this tool saved has been deleted', 'the deleted page');
    expect(await repository.countUnder(KEY)).to.equal(0);
    expect(await repository.listEvidence(KEY)).to.deep.equal([]);
  });

  it('shows the latest answers when the same check moves on in another tab, and says so', async () => {
    const repository = await openRepository();
    const here = await mount(repository);
    await clickButton(here, 'Start now');
    await savedPage(repository, 'nation');
    const there = await mount(await openRepository());
    expect(title(there)).to.equal('Where is your home?');
    await answer(there, 'Wales');
    await until(() => title(here) === 'Who is your landlord?', 'the other tab’s answers');
    expect(text(here)).to.contain('Your answers were updated in another tab or window.');
  });

  it('leaves other tools’ data alone when deleting', async () => {
    const repository = await openRepository();
    await repository.saveDraft(
      { key: 'hhsrs-assessor:officer/a1', kind: 'assessment', title: 'Flat 2', value: {}, schemaVersion: 1 },
      null,
      '2026-11-23T10:00:00Z',
    );
    const el = await mount(repository);
    await clickButton(el, 'Start now');
    await answer(el, 'England');
    await clickButton(el, 'Delete everything this tool saved');
    await clickButton(el, 'Yes, delete everything');
    await until(() => title(el) === 'Everything this tool saved has been deleted', 'the deleted page');
    expect(await repository.countUnder(KEY)).to.equal(0);
    expect(await repository.countUnder('hhsrs-assessor:officer')).to.equal(1);
  });
});
