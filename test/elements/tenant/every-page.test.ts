import { expect } from '@open-wc/testing';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  answer,
  choose,
  clickButton,
  fill,
  freshDatabase,
  mount,
  openRepository,
  title,
  until,
} from './tenant-fixture.ts';

/** Nothing sticks out past the right-hand edge of a 320 px column (WCAG 1.4.10 reflow). */
function expectNoOverflow(el: TenantCheck, page: string): void {
  const edge = el.getBoundingClientRect().right + 0.5;
  // Visually hidden text is clipped to 1 px and never seen, wherever it sits.
  const wide = [...el.shadowRoot!.querySelectorAll('*:not(.visually-hidden)')].filter(
    (node) => node.getBoundingClientRect().right > edge,
  );
  expect(
    wide.map((node) => `${node.tagName.toLowerCase()}.${node.className}: "${node.textContent?.trim().slice(0, 40)}"`),
    `wider than 320 px on "${page}"`,
  ).to.deep.equal([]);
  expect(el.scrollWidth, `scroll width on "${page}"`).to.be.at.most(el.clientWidth);
}

type Step = (el: TenantCheck) => Promise<void>;

/** Visits each page of a journey; checks axe and the 320 px layout on each before moving on. */
async function walk(steps: Step[], options: { council?: boolean; lang?: string } = {}): Promise<string[]> {
  const el = await mount(await openRepository(), { width: 320, ...options });
  const seen: string[] = [];
  const check = async () => {
    await el.updateComplete;
    const page = title(el);
    seen.push(page);
    await expectAccessible(el, page);
    expectNoOverflow(el, page);
  };
  await check();
  for (const step of steps) {
    await step(el);
    await check();
  }
  return seen;
}

const click =
  (label: string): Step =>
  (el) =>
    clickButton(el, label);
const pick =
  (...labels: string[]): Step =>
  (el) =>
    answer(el, labels);
/** Chooses in Welsh, then "Parhau" (Continue). */
const pickCy =
  (...labels: string[]): Step =>
  async (el) => {
    for (const label of labels) await choose(el, label);
    await clickButton(el, 'Parhau');
  };
const submitEmpty: Step = async (el) => {
  await clickButton(el, 'Continue');
  expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
};

describe('<hhsrs-tenant-check> every page: axe (WCAG 2.2 AA) and 320 px wide', function () {
  // axe on some twenty pages per journey.
  this.timeout(30000);
  beforeEach(freshDatabase);

  it('damp flat with a toddler, council tenant in England: 15 screens to the letter, then delete', async () => {
    const pages = await walk([
      click('Start now'),
      submitEmpty,
      pick('England'),
      pick('The council'),
      pick('A child under 5'),
      pick('Damp or mould'),
      pick('Black or green mould on walls, ceilings, furniture or clothes'),
      pick('Large areas, or it keeps coming back after cleaning'),
      pick('More than 6 months ago'),
      pick('Bedroom'),
      pick('No, not yet'),
      click('See the results'),
      click('See what to do next'),
      click('Write your letter'),
      click('Make the letter'),
      async (el) => {
        await fill(el, 'name', 'Sam Jones');
        await fill(el, 'address', 'Flat 2, 12 Mill Lane\nAnytown AN1 2BC');
        await clickButton(el, 'Make the letter');
      },
      click('Delete everything this tool saved'),
      async (el) => {
        await clickButton(el, 'Yes, delete everything');
        await until(() => title(el) === 'Everything this tool saved has been deleted', 'the deleted page');
      },
    ]);
    const toLetter = pages.indexOf('Your letter to your landlord') + 1 - 2; // not counting the two error states
    expect(toLetter).to.equal(15);
  });

  it('no heating for a 70-year-old housing association tenant, and a smell of gas: emergencies come first', async () => {
    const pages = await walk(
      [
        click('Start now'),
        pick('England'),
        pick('A housing association'),
        pick('Someone aged 65 or over'),
        pick('Cold home, heating or hot water', 'Gas or carbon monoxide'),
        pick('The heating does not work at all'),
        pick('So cold we cannot get warm at all'),
        pick('Yes'),
        click('Continue'),
        pick('In the last week'),
        pick('Living room'),
        pick('I can smell gas'),
        click('Continue'),
        pick('In the last week'),
        pick('Yes, in writing (for example, by letter, email or text)'),
        pick('Email', 'I do not know the exact date'),
        click('See the results'),
        click('See what to do next'),
      ],
      { council: false },
    );
    expect(pages).to.include('Ask your landlord to fix this today');
    expect(pages).to.include('If you smell gas, call 0800 111 999 now');
  });

  it('broken stair rail in a private let, and the page for Scotland', async () => {
    await walk([
      click('Start now'),
      pick('England'),
      pick('A private landlord or letting agent'),
      pick('None of these'),
      pick('Stairs, steps, floors or windows'),
      pick('A stair rail or banister is missing, loose or broken'),
      pick('Someone has nearly fallen'),
      pick('Between 1 and 6 months ago'),
      pick('Hall, stairs or landing'),
      pick('No, not yet'),
      click('See the results'),
      click('See what to do next'),
      async (el) => {
        // Back to the start and over the border.
        while (title(el) !== 'Where is your home?') await clickButton(el, 'Back');
        await choose(el, 'Scotland');
        await clickButton(el, 'Continue');
      },
    ]);
  });

  it('in Welsh, the damp flat to the letter, then how and when it was sent and when to come back', async () => {
    const pages = await walk(
      [
        click('Dechrau nawr'),
        pickCy('Cymru'),
        pickCy('Landlord preifat neu asiant gosod'),
        pickCy('Plentyn dan 5 oed', 'Rhywun 65 oed neu’n hŷn'),
        pickCy('Lleithder neu lwydni'),
        pickCy('Llawer o ddŵr ar ffenestri a waliau'),
        pickCy('Sawl darn, neu mewn mwy nag un ystafell'),
        pickCy('Rhwng 1 a 6 mis yn ôl'),
        pickCy('Rhannau o’r adeilad a rennir, fel y fynedfa'),
        pickCy('Ydw, ond nid yn ysgrifenedig (er enghraifft, dros y ffôn neu wyneb yn wyneb)'),
        pickCy('Galwad ffôn', 'Dydw i ddim yn gwybod yr union ddyddiad'),
        click('Gweld y canlyniadau'),
        click('Gweld beth i’w wneud nesaf'),
        click('Ysgrifennu eich llythyr'),
        async (el) => {
          await fill(el, 'name', 'Siân Prys');
          await fill(el, 'address', '4 Heol y Dŵr\nCaerdydd CF10 1AA');
          await clickButton(el, 'Creu’r llythyr');
        },
        click('Rydw i wedi anfon y llythyr'),
        pickCy('Ar wefan, ap neu ffurflen ar-lein eich landlord'),
        async (el) => {
          await fill(el, 'sent-day', '8');
          await fill(el, 'sent-month', '11');
          await fill(el, 'sent-year', '2026');
          await clickButton(el, 'Parhau');
        },
      ],
      { lang: 'cy' },
    );
    expect(pages.at(-1)).to.equal('Mae amser eich landlord ar ben');
  });
});
