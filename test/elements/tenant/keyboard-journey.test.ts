import { expect } from '@open-wc/testing';
import { captureDownloads } from '../../helpers/downloads.ts';
import { sendKeys } from '@web/test-runner-commands';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';
import { pdfText } from '../../helpers/pdf.ts';
import { $, freshDatabase, mount, openRepository, pageShown, text, title, until } from './tenant-fixture.ts';

/** The focused element, inside shadow roots. */
function focused(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

async function tabTo(matches: (el: HTMLElement) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    const active = focused();
    if (active && matches(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Could not Tab to ${what}; focus is on ${focused()?.outerHTML.slice(0, 100)}`);
}

const press = (key: string) => sendKeys({ press: key });

/** Each page starts with focus on its heading, so a screen reader announces the new page. */
async function expectNewPage(el: TenantCheck, heading: string): Promise<void> {
  await el.updateComplete;
  expect(title(el)).to.equal(heading);
  expect(focused()?.id, `focus on the h1 of "${heading}"`).to.equal('page-title');
}

async function pressButton(el: TenantCheck, label: string): Promise<void> {
  await tabTo((active) => active.tagName === 'BUTTON' && active.textContent?.trim() === label, `the "${label}" button`);
  await press('Enter');
  await el.updateComplete;
  await pageShown(el);
}

/** Tab into a radio group (no option is pre-selected), then choose with Space and the arrow keys. */
async function chooseRadio(el: TenantCheck, name: string, value: string): Promise<void> {
  await tabTo((active) => active instanceof HTMLInputElement && active.name === name, `the ${name} radios`);
  await press('Space');
  while ((focused() as HTMLInputElement).value !== value) await press('ArrowDown');
  expect((focused() as HTMLInputElement).checked).to.equal(true);
  await el.updateComplete;
}

async function tick(el: TenantCheck, id: string): Promise<void> {
  await tabTo((active) => active.id === id, `#${id}`);
  await press('Space');
  await el.updateComplete;
}

async function typeInto(el: TenantCheck, id: string, value: string): Promise<void> {
  await tabTo((active) => active.id === id, `#${id}`);
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<hhsrs-tenant-check> by keyboard: a damp flat with a toddler, from start to letter', function () {
  // Some two hundred real key presses and a PDF: longer than the default 10 s when files run side by side.
  this.timeout(60000);
  beforeEach(freshDatabase);

  it('walks every page with Tab, Space, arrows and Enter, and ends with a letter that says what is needed by when', async () => {
    const el = await mount(await openRepository());
    expect(title(el)).to.equal('Check a problem in your rented home');
    expect(text(el)).to.contain('This is not an official check');
    expect(text(el)).to.contain('England and Wales');

    await pressButton(el, 'Start now');
    await expectNewPage(el, 'Where is your home?');
    // Nothing is chosen for the tenant.
    expect(
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].some((radio) => radio.checked),
    ).to.equal(false);
    await pressButton(el, 'Continue');
    // The error summary takes focus and links to the question.
    await el.updateComplete;
    expect(focused()?.classList.contains('error-summary')).to.equal(true);
    expect($(el, '.error-summary')!.textContent).to.contain('Select where your home is');
    await chooseRadio(el, 'nation', 'england');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'Who is your landlord?');
    await tabTo((active) => active.classList.contains('back-link'), 'the Back link');
    await press('Enter');
    await expectNewPage(el, 'Where is your home?');
    expect($<HTMLInputElement>(el, '#nation')!.checked, 'England still chosen after going back').to.equal(true);
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'Who is your landlord?');
    await chooseRadio(el, 'landlord', 'council');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'Does anyone who lives in your home fit any of these?');
    await tick(el, 'household');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'What problems do you have in your home?');
    await tick(el, 'topics');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'What is the problem?');
    expect(text(el)).to.contain('Damp or mould');
    await tick(el, 'kinds');
    await tick(el, 'kinds-damp-patches');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'How much damp or mould is there?');
    await chooseRadio(el, 'severity', 'high');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'When did you first notice the problem?');
    await chooseRadio(el, 'since', 'over-6-months');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'Where is the problem?');
    await tick(el, 'rooms-bedroom');
    await tick(el, 'rooms-bathroom');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'Have you told your landlord about these problems?');
    await chooseRadio(el, 'told', 'no');
    await pressButton(el, 'Continue');

    await expectNewPage(el, 'Check your answers');
    expect(text(el)).to.contain('A child under 5');
    expect(text(el)).to.contain('Large areas, or it keeps coming back after cleaning');
    await pressButton(el, 'See the results');

    await expectNewPage(el, 'What your answers suggest');
    expect(text(el)).to.contain('Could be serious');
    expect(text(el)).to.contain('This could be a serious hazard. The council decides by inspecting your home.');
    expect(text(el)).to.contain('Damp and mould growth (hazard 1 of 29)');
    await pressButton(el, 'See what to do next');

    await expectNewPage(el, 'What to do next');
    expect(text(el)).to.contain('Awaab’s Law');
    // 23 Nov 2026 + 10 working days (FACTS.md §4).
    expect(text(el)).to.contain('Damp or mould: investigate within 10 working days (by Monday 7 December 2026)');
    expect(text(el)).to.contain('Housing Ombudsman');
    await pressButton(el, 'Write your letter');

    await expectNewPage(el, 'Your details for the letter');
    await pressButton(el, 'Make the letter');
    await el.updateComplete;
    expect(focused()?.classList.contains('error-summary')).to.equal(true);
    expect($(el, '.error-summary')!.textContent).to.contain('Enter your full name');
    await typeInto(el, 'name', 'Sam Jones');
    await typeInto(el, 'address', 'Flat 2, 12 Mill Lane\nAnytown\nAN1 2BC');
    await typeInto(el, 'landlordName', 'Anytown Homes');
    await pressButton(el, 'Make the letter');

    await expectNewPage(el, 'Your letter to your landlord');
    const letter = text(el, '.letter');
    for (const line of [
      'Sam Jones Flat 2, 12 Mill Lane Anytown AN1 2BC',
      '23 November 2026',
      'To: Anytown Homes',
      'Repairs needed at Flat 2, 12 Mill Lane',
      'Dear Anytown Homes,',
      'The people who live here include a child under 5.',
      'Problem 1: Damp or mould',
      'Black or green mould on walls, ceilings, furniture or clothes. Damp patches or wet walls.',
      'Bedroom and bathroom or toilet',
      'When I first noticed it More than 6 months ago',
      'Find and fix the cause of the damp, remove the mould safely and repair any damage.',
      'Please investigate within 10 working days, by Monday 7 December 2026.',
      'may ask the Housing Ombudsman to look into it',
      'Yours sincerely, Sam Jones',
    ]) {
      expect(letter).to.contain(line);
    }

    // The same letter as a PDF, read back with pdftotext.
    const { blobs: created, restore } = captureDownloads();
    try {
      await pressButton(el, 'Download as PDF');
      await until(() => text(el).includes('The PDF has been downloaded.'), 'the PDF', 15000);
    } finally {
      restore();
    }
    expect(created[0]?.type).to.equal('application/pdf');
    const pdf = (await pdfText(created[0]!)).text.replace(/\s+/g, ' ');
    for (const line of [
      'Repairs needed at Flat 2, 12 Mill Lane',
      'Sam Jones',
      'Problem 1: Damp or mould',
      'Dear Anytown Homes,',
      'Yours sincerely,',
    ]) {
      expect(pdf).to.contain(line);
    }
    expect(pdf).to.match(/Please investigate within 10 working days, by Monday 7\s*December 2026/);
  });
});
