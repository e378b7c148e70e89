import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  choose,
  clickButton,
  dampFlatLetter,
  dampFlatToCheck,
  fill,
  freshDatabase,
  mount,
  openRepository,
  savedCheck,
  text,
  title,
} from './tenant-fixture.ts';

/** Monday 7 December 2026: the letter's date. From it, 10 working days would be Monday 21 December. */
const LETTER_DAY = '2026-12-07';
const FIRST_KNEW = 'When did your landlord first know about these problems?';
const NOT_IN_WRITING = 'Yes, but not in writing (for example, by phone or in person)';

describe('<hhsrs-tenant-check> when the landlord first knew (Awaab’s Law, issue #18)', function () {
  // axe on several pages.
  this.timeout(20000);
  beforeEach(freshDatabase);

  it('a social tenant who phoned three months before the letter gets "investigate by" counted from the call', async () => {
    const el = await mount(await openRepository(), { today: LETTER_DAY });
    await dampFlatToCheck(el, NOT_IN_WRITING);
    expect(title(el)).to.equal(FIRST_KNEW);

    // Nothing answered: both questions say what is missing, in the summary and inline.
    await clickButton(el, 'Continue');
    expect(title(el)).to.equal(FIRST_KNEW);
    expect(text(el, '.error-summary')).to.contain('Select how you first told your landlord');
    expect(text(el, '.error-summary')).to.contain('Enter the date you first told your landlord');
    await expectAccessible(el, 'first told: errors');

    await choose(el, 'Phone call');
    await fill(el, 'told-day', '3');
    await fill(el, 'told-month', '9');
    await fill(el, 'told-year', '2026');
    await expectAccessible(el, 'first told: answered');
    await clickButton(el, 'Continue');
    expect(title(el)).to.equal('Check your answers');
    expect(text(el)).to.contain('Phone call on 3 September 2026');

    await clickButton(el, 'See the results');
    await clickButton(el, 'See what to do next');
    const steps = text(el);
    // Thursday 3 September + 10 working days = Thursday 17 September, not 21 December from the letter.
    expect(steps).to.contain('Damp or mould: investigate within 10 working days (by Thursday 17 September 2026)');
    expect(steps).to.contain('These dates count from Thursday 3 September 2026, when you first told your landlord.');
    expect(steps).to.not.contain('21 December');

    await clickButton(el, 'Write your letter');
    await fill(el, 'name', 'Sam Jones');
    await fill(el, 'address', 'Flat 2, 12 Mill Lane\nAnytown');
    await clickButton(el, 'Make the letter');
    const letter = text(el, '.letter');
    expect(letter).to.contain('I first told you about them on 3 September 2026.');
    expect(letter).to.contain('Please investigate within 10 working days, by Thursday 17 September 2026.');
  });

  it('not knowing the exact day makes the dates "at the latest", and says why', async () => {
    const el = await mount(await openRepository(), { today: LETTER_DAY });
    await dampFlatToCheck(el, NOT_IN_WRITING);
    await choose(el, 'Repair report or online form');
    await choose(el, 'I do not know the exact date');
    await clickButton(el, 'Continue');
    expect(title(el)).to.equal('Check your answers');
    expect(text(el)).to.contain('Repair report or online form, date not known');

    await clickButton(el, 'See the results');
    await clickButton(el, 'See what to do next');
    const steps = text(el);
    expect(steps).to.contain(
      'Damp or mould: investigate within 10 working days (by Monday 21 December 2026 at the latest)',
    );
    expect(steps).to.contain('You do not know the exact day you first told your landlord');
  });

  it('a housing association tenant is told to go to the council if the landlord has not done what the letter asks, not "fixed"', async () => {
    const repository = await openRepository();
    await savedCheck(
      repository,
      dampFlatLetter({
        page: 'next-steps',
        landlord: 'housing-association',
        told: 'not-in-writing',
        firstTold: { how: 'visit', day: '3', month: '9', year: '2026', unknown: false },
      }),
    );
    const el = await mount(repository, { today: LETTER_DAY });
    expect(title(el)).to.equal('What to do next');
    const steps = text(el);
    // Only the investigation is due on 17 September: the landlord need not have fixed it by then.
    expect(steps).to.contain(
      'If your landlord has not done what the letter asks by 17 September 2026, contact Anytown Council',
    );
    expect(steps).to.not.contain('If it is not fixed by');
  });

  it('a check saved before this question still opens, counting from the letter as before', async () => {
    const repository = await openRepository();
    // Saved by an earlier version: told before, with no `firstTold` at all.
    await savedCheck(repository, dampFlatLetter({ told: 'not-in-writing' }));
    const el = await mount(repository, { today: LETTER_DAY });
    expect(title(el)).to.equal('Your letter to your landlord');
    expect(text(el, '.letter')).to.contain('Please investigate within 10 working days, by Monday 21 December 2026.');
  });

  it('a tenant who has not told the landlord is not asked when they did', async () => {
    const repository = await openRepository();
    await savedCheck(repository, dampFlatLetter({ page: 'told' }));
    const el = await mount(repository, { today: LETTER_DAY });
    await choose(el, 'No, not yet');
    await clickButton(el, 'Continue');
    expect(title(el)).to.equal('Check your answers');
    expect(text(el)).to.not.contain('How and when you first told them');
  });
});

describe('<hhsrs-tenant-check> follow-up, when the landlord knew before the letter', function () {
  this.timeout(20000);
  beforeEach(freshDatabase);

  it('counts the Awaab’s Law dates from the phone call, not from the day the letter was sent', async () => {
    const repository = await openRepository();
    await savedCheck(
      repository,
      dampFlatLetter({
        page: 'follow-up',
        told: 'not-in-writing',
        firstTold: { how: 'phone', day: '3', month: '9', year: '2026', unknown: false },
        sent: { how: 'email', day: '7', month: '12', year: '2026' },
      }),
    );
    const el = await mount(repository, { today: LETTER_DAY });
    const page = text(el);
    expect(page).to.contain('Damp or mould: investigate by Thursday 17 September 2026');
    expect(page).to.contain('Investigate: by Thursday 17 September 2026');
    expect(page).to.contain('These dates count from Thursday 3 September 2026, when you first told your landlord.');
    expect(page).to.not.contain('They count from the day you sent your letter');
    // FACTS §4's unsettled points are said as such, not as settled law.
    expect(page).to.contain('Two points are not settled yet, so check them locally');
  });
});
