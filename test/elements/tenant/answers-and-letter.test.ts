import { expect } from '@open-wc/testing';
import {
  $,
  answer,
  choose,
  clickButton,
  dampFlatToCheck,
  fill,
  freshDatabase,
  mount,
  openRepository,
  text,
  title,
} from './tenant-fixture.ts';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';

async function stairRailToNextSteps(el: TenantCheck, nation = 'England'): Promise<void> {
  await clickButton(el, 'Start now');
  await answer(
    el,
    nation,
    'A private landlord or letting agent',
    'None of these',
    'Stairs, steps, floors or windows',
    'A stair rail or banister is missing, loose or broken',
    'Someone has nearly fallen',
    'Between 1 and 6 months ago',
    'Hall, stairs or landing',
    'No, not yet',
  );
  await clickButton(el, 'See the results');
}

describe('<hhsrs-tenant-check> answers, results and the letter', () => {
  beforeEach(freshDatabase);

  it('changes an answer from "Check your answers" and comes straight back', async () => {
    const el = await mount(await openRepository());
    await dampFlatToCheck(el);
    const change = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent?.includes('how bad it is'))!;
    expect(change.textContent).to.match(/^Change\s+damp or mould: how bad it is$/);
    change.click();
    await el.updateComplete;
    expect(title(el)).to.equal('How much damp or mould is there?');
    await answer(el, 'A small patch, smaller than a sheet of paper');
    expect(title(el)).to.equal('Check your answers');
    expect(text(el)).to.contain('A small patch, smaller than a sheet of paper');
  });

  it('asks about a problem added from "Check your answers" before coming back', async () => {
    const el = await mount(await openRepository());
    await dampFlatToCheck(el);
    [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent?.includes('problems'))!.click();
    await el.updateComplete;
    await answer(el, 'Not enough space or bedrooms');
    expect(title(el)).to.equal('What is the problem?');
    expect(text(el)).to.contain('Not enough space or bedrooms');
    await answer(el, 'Not enough bedrooms for everyone', 'In the last week');
    expect(title(el)).to.equal('Check your answers');
  });

  it('a broken stair rail in a private let: "could be a hazard", 14 days, then the council — named or not', async () => {
    const el = await mount(await openRepository(), { council: false });
    await stairRailToNextSteps(el);
    expect(text(el)).to.contain('Could be a hazard');
    expect(text(el)).to.contain('Falling on stairs etc. (hazard 21 of 29)');
    await clickButton(el, 'See what to do next');
    // 23 Nov 2026 + 14 days: a reasonable time, the tool's stated default.
    expect(text(el)).to.contain('Stairs, steps, floors or windows: fix within 14 days (by Monday 7 December 2026)');
    expect(text(el)).to.contain('If it is not fixed by 7 December 2026, contact your local council');
    expect(text(el)).to.contain(
      'Its time limits are for council and housing association landlords, not private landlords',
    );
    expect(text(el)).to.contain('Find your local council on GOV.UK');
    await clickButton(el, 'Write your letter');
    await fill(el, 'name', 'Alex Smith');
    await fill(el, 'address', '3 Hill Road\nAnytown');
    await clickButton(el, 'Make the letter');
    const letter = text(el, '.letter');
    expect(letter).to.contain('Dear Sir or Madam,');
    expect(letter).to.contain('Please fix it within 14 days, by Monday 7 December 2026.');
    expect(letter).to.contain('I may ask the local council to inspect my home.');
    expect(letter).to.contain('Yours faithfully, Alex Smith');
  });

  it('names the council, its phone number and opening hours where the page gives them', async () => {
    const el = await mount(await openRepository());
    el.councilHours = 'Monday to Friday, 9am to 5pm';
    el.councilUrl = 'https://www.anytown.gov.uk/housing';
    await stairRailToNextSteps(el);
    await clickButton(el, 'See what to do next');
    expect(text(el)).to.contain('If it is not fixed by 7 December 2026, contact Anytown Council');
    expect(text(el)).to.contain('Phone: 01234 567890');
    expect(text(el)).to.contain('Opening times: Monday to Friday, 9am to 5pm');
    expect($<HTMLAnchorElement>(el, '.contact a')!.href).to.equal('https://www.anytown.gov.uk/housing');
  });

  it('does not link a council web address that is not http or https', async () => {
    const el = await mount(await openRepository());
    el.councilUrl = 'javascript:alert(1)';
    await stairRailToNextSteps(el);
    await clickButton(el, 'See what to do next');
    expect($(el, '.contact a')).to.equal(null);
    expect(text(el)).to.contain('Phone: 01234 567890');
  });

  it('tells a tenant in Wales that Awaab’s Law does not apply there', async () => {
    const el = await mount(await openRepository());
    await stairRailToNextSteps(el, 'Wales');
    await clickButton(el, 'See what to do next');
    expect(text(el)).to.contain('Awaab’s Law does not apply in Wales');
  });

  it('stops to say what to do about a smell of gas, straight after it is chosen', async () => {
    const el = await mount(await openRepository());
    await clickButton(el, 'Start now');
    await answer(el, 'England', 'The council', 'None of these', 'Gas or carbon monoxide', 'I can smell gas');
    expect(title(el)).to.equal('If you smell gas, call 0800 111 999 now');
    expect(text(el)).to.contain('Do not use light switches');
    await clickButton(el, 'Continue');
    expect(title(el)).to.equal('When did you first notice the problem?');
  });

  it('copies the letter as plain text for an email, or shows it to copy by hand when the browser refuses', async () => {
    const el = await mount(await openRepository());
    await dampFlatToCheck(el);
    await clickButton(el, 'See the results');
    await clickButton(el, 'See what to do next');
    await clickButton(el, 'Write your letter');
    await fill(el, 'name', 'Sam Jones');
    await fill(el, 'address', '12 Mill Lane');
    await clickButton(el, 'Make the letter');

    const clipboard = navigator.clipboard;
    let copied = '';
    const writeText = clipboard.writeText;
    clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      await clickButton(el, 'Copy as plain text');
      await el.updateComplete;
      expect(text(el)).to.contain('Letter copied.');
      expect(copied).to.match(/^Repairs needed at 12 Mill Lane\n\nSam Jones\n12 Mill Lane\n\n23 November 2026\n/);
      expect(copied).to.contain('Problem 1: Damp or mould\nThe problem: Black or green mould');
      clipboard.writeText = async () => {
        throw new DOMException('Not allowed', 'NotAllowedError');
      };
      await clickButton(el, 'Copy as plain text');
      await el.updateComplete;
      expect(text(el)).to.contain('Your browser did not let us copy the letter');
      expect($<HTMLTextAreaElement>(el, '#letter-text')!.value).to.equal(copied);
    } finally {
      clipboard.writeText = writeText;
    }
  });

  it('prints with the browser’s print dialog', async () => {
    const el = await mount(await openRepository());
    await dampFlatToCheck(el);
    for (const label of ['See the results', 'See what to do next', 'Write your letter']) await clickButton(el, label);
    await fill(el, 'name', 'Sam Jones');
    await fill(el, 'address', '12 Mill Lane');
    await clickButton(el, 'Make the letter');
    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      await clickButton(el, 'Print the letter');
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    expect(getComputedStyle($(el, '.letter')!).display).to.not.equal('none');
  });

  it('clears "None of these" when someone is ticked, and the others when "None of these" is', async () => {
    const el = await mount(await openRepository());
    await clickButton(el, 'Start now');
    await answer(el, 'England', 'The council');
    await choose(el, 'A child under 5');
    await choose(el, 'None of these');
    const ticked = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    expect(ticked()).to.deep.equal(['none']);
    await choose(el, 'Someone aged 60 to 64');
    expect(ticked()).to.deep.equal(['60-to-64']);
  });
});
