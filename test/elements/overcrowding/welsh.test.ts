import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { cy } from '../../../src/elements/overcrowding-check/screens/report/messages.cy.ts';
import { en } from '../../../src/elements/overcrowding-check/screens/report/messages.ts';
import type { OvercrowdingCheck } from '../../../src/elements/overcrowding-check/overcrowding-check.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  all,
  button,
  checkArrived,
  click,
  downloadedPdf,
  fillHousehold,
  findingText,
  freshDatabase,
  overcrowdingFixture,
  personControls,
  q,
  setValue,
} from './fixture.ts';

type Words = Record<string, unknown>;

/** A message's text with sample arguments: names as X1, X2…, and numbers both plural (7) and singular (1). */
function samples(words: Words, key: string): string[] {
  const message = words[key];
  if (typeof message !== 'function') return [String(message)];
  const call = (...args: unknown[]) => String((message as (...a: unknown[]) => string)(...args));
  if (key === 'list') return [call(['X1', 'X2', 'X3'])];
  if (key === 'homeTooLong') return [call('address', 7), call('reference', 1)];
  if (key === 'limitArea' || key === 'limitLength') return [call('metric'), call('imperial')];
  if (key === 'tooLong' || key === 'verdictRestsOnRoom') return [call(true, 7, 7), call(false, 1, 1)];
  const names = ['X1', 'X2', 'X3', 'X4', 'X5'];
  const numbers = [7, 7, 7, 7, 7];
  const ones = [1, 0, 1, 1, 1];
  return [call(...names), call(...numbers), call(...ones)];
}

const welshText = Object.keys(cy)
  .flatMap((key) => samples(cy as unknown as Words, key))
  .join('\n');

/**
 * The English catalogue's own words: each string, and each fixed part of a sentence-building message, that
 * Welsh does not also use (unit symbols, "Person", figures and the English title of the 2018 regulations).
 */
const englishParts = [
  ...new Set(
    Object.keys(en).flatMap((key) =>
      samples(en as unknown as Words, key).flatMap((text) =>
        text
          .split(/X\d|\b\d+\b/)
          .map((part) => part.replace(/^[\s,.:;()’'"“”½–-]+|[\s,.:;()’'"“”½–-]+$/g, ''))
          .filter((part) => /[a-z]{3}/i.test(part) && !welshText.includes(part)),
      ),
    ),
  ),
];

/** English catalogue words found in `text`: a whole short label, or any longer part of a sentence. */
function englishIn(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  return englishParts.filter((part) => (part.length >= 8 ? flat.includes(part) : flat === part));
}

/** Every text and accessible name on the page that is English from the catalogue. */
function englishOnPage(el: OvercrowdingCheck): string[] {
  const root = el.shadowRoot!;
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const part of englishIn(text)) found.push(`"${part}" in "${text.trim()}"`);
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]'))
    for (const name of ['aria-label', 'title', 'placeholder'])
      for (const part of englishIn(element.getAttribute(name) ?? '')) found.push(`"${part}" in ${name}`);
  return found;
}

/** Everything the user has typed or chosen, in the order the form shows it. */
function typed(root: ShadowRoot): string[] {
  return all<HTMLInputElement | HTMLSelectElement>(root, 'form input, form select').map((control) =>
    control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')
      ? `${control.id}=${control.checked}`
      : `${control.id}=${control.value}`,
  );
}

/** Switches the page's language, then waits as a reader would: for the form to be there again in that language. */
async function setLang(el: OvercrowdingCheck, lang: string): Promise<void> {
  el.lang = lang;
  await el.updateComplete;
  // Welsh words are fetched the first time the page is in Welsh; until then it says "Wrthi’n llwytho…".
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not come back');
  await el.updateComplete;
  await checkArrived(el);
}

const verdictTag = (root: ShadowRoot) =>
  q(root, '[part~="finding-verdict"] .finding__status strong').textContent!.trim();

describe('<overcrowding-check> in Welsh', function () {
  this.timeout(90_000);
  beforeEach(freshDatabase);
  afterEach(fixtureCleanup);

  it('has a Welsh message for every English one, and only names, units and figures read the same', () => {
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
    const same = Object.keys(en).filter((key) => {
      const english = samples(en as unknown as Words, key);
      const welsh = samples(cy as unknown as Words, key);
      return english.every((text, i) => text === welsh[i]);
    });
    expect(same.sort()).to.deep.equal(
      [
        // "Person 2" is Welsh too; figures are written as in en-GB; the rest put figures, units and names
        // together without words.
        'locale',
        'personLegend',
        'personFallback',
        'colPerson',
        'countsFull',
        'areaFigure',
        'areaWithOther',
        'withAge',
        'sleepsIn',
        'tableIIRow',
        'limitArea',
        'limitLength',
        'unitSquareMetres',
        'unitSquareFeet',
        'unitMetres',
        'unitFeet',
      ].sort(),
    );
  });

  it('shows the form, errors and the character count in Welsh from the start', async () => {
    const el = await fixture<OvercrowdingCheck>(
      html`<overcrowding-check lang="cy" storage-key="welsh-start"></overcrowding-check>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('form'), 'the form did not load', { timeout: 20000 });
    await el.updateComplete;
    expect(root.textContent).to.contain('Gwirio a yw cartref yn orlawn');
    expect(englishOnPage(el)).to.deep.equal([]);

    await click(el, button(root, 'Gwirio gorlenwi'));
    await waitUntil(() => root.querySelector('.error-summary'), 'no error summary');
    expect(q(root, '.error-summary').textContent).to.contain('Mae problem wedi codi');
    expect(q(root, '.error-summary').textContent).to.contain('Ychwanegwch o leiaf un person sy’n byw yn y cartref');

    await click(el, button(root, 'Ychwanegu person'));
    await setValue(el, personControls(root, 0).age, 'deg');
    await setValue(el, q<HTMLInputElement>(root, 'input#address'), 'A'.repeat(301));
    expect(q(root, '#address-count').textContent!.trim()).to.equal('Mae gennych chi 1 nod yn ormod');
    const held = 'Heb ei gadw: mae’r cyfeiriad 1 nod yn rhy hir. Byrhewch ef i gadw eich atebion.';
    await waitUntil(() => q(root, '[part="status"]').textContent!.trim() === held, 'the save was not held');
    await click(el, button(root, 'Gwirio gorlenwi'));
    await waitUntil(() => root.querySelector('.error-summary')?.textContent?.includes('Person 1'), 'no age error');
    expect(q(root, '.error-summary').textContent).to.contain(
      'Rhaid i oed Person 1 fod yn rhif, fel 34, neu 0 ar gyfer babi dan 1 oed',
    );
    expect(englishOnPage(el)).to.deep.equal([]);
    await expectAccessible(el, 'cy: errors');
  });

  it('switches from English to Welsh and back keeping everything typed and the result', async () => {
    const { el, root } = await overcrowdingFixture({ storageKey: 'welsh-switch' });
    await setValue(el, q<HTMLInputElement>(root, 'input#address'), '4 Heol y Bont, Caerdydd CF10 1AA');
    await fillHousehold(
      el,
      root,
      [
        { name: 'Mam', age: '38', sex: 'female' },
        { name: 'Dad', age: '40', sex: 'male', partner: 'Mam' },
        { name: 'Sioned', age: '14', sex: 'female' },
        { name: 'Gethin', age: '12', sex: 'male' },
      ],
      [
        { name: 'Llofft', use: 'bedroom', area: '12' },
        { name: 'Lolfa', use: 'living', length: '4', width: '3.5' },
        { name: 'Cegin', use: 'kitchen', area: '6' },
      ],
    );
    await click(el, button(root, 'Check overcrowding'));
    await waitUntil(() => root.querySelector('[part~="finding-verdict"]'), 'no result');
    const before = typed(root);
    expect(verdictTag(root)).to.equal('Overcrowded');
    const result = JSON.stringify(el.result);

    await setLang(el, 'cy-GB');
    expect(typed(root)).to.deep.equal(before);
    expect(JSON.stringify(el.result)).to.equal(result);
    expect(verdictTag(root)).to.equal('Gorlawn');
    expect(findingText(root, 'verdict')).to.contain(
      'Mae’r cartref yn orlawn oherwydd nad yw safon y gofod yn cael ei bodloni.' +
        'Mae hyn yn dibynnu ar y cwpl Mam a Dad yn cysgu ar wahân.',
    );
    expect(findingText(root, 'room')).to.contain(
      'Wedi’i bodloni os yw’r cwpl Mam a Dad yn cysgu ar wahân: Mam gyda Sioned, Dad gyda Gethin.',
    );
    expect(findingText(root, 'space')).to.contain('Cyfrifwyd 4 o bobl, sy’n fwy na’r 3 a ganiateir.');
    expect(findingText(root, 'bedroom')).to.contain('Mae angen 3 ystafell wely ar yr aelwyd.');
    expect(englishOnPage(el)).to.deep.equal([]);
    await expectAccessible(el, 'cy: a result');

    await setLang(el, 'en');
    expect(typed(root)).to.deep.equal(before);
    expect(JSON.stringify(el.result)).to.equal(result);
    expect(verdictTag(root)).to.equal('Overcrowded');
    // The same check finds the English again, so its silence in Welsh means something.
    expect(englishOnPage(el)).to.include('"Overcrowded" in "Overcrowded"');
  });

  it('prints the PDF in Welsh: the law’s words, figures and the date', async () => {
    const { el, root } = await overcrowdingFixture({ storageKey: 'welsh-pdf' });
    await fillHousehold(
      el,
      root,
      [
        { name: 'Mam', age: '38', sex: 'female' },
        { name: 'Nia', age: '5', sex: 'female' },
      ],
      [{ name: 'Llofft', use: 'bedroom', area: '12' }],
    );
    await click(el, button(root, 'Check overcrowding'));
    await setLang(el, 'cy');
    const { text, info } = await downloadedPdf(el, root, 'Lawrlwytho fel PDF');
    const flat = text.replace(/\s+/g, ' ');
    expect(info).to.match(/Title:\s+Gwiriad gorlenwi/);
    for (const words of [
      'Yn orlawn yn ôl y gyfraith? (adran 324)',
      'Ddim yn orlawn',
      'O dan adran 324 o Ddeddf Tai 1985',
      'Safon y gofod (adran 326)',
      'Cyfrifwyd 1½ o bobl, a chaniateir 2.',
      'Safon ystafelloedd gwely (nid prawf cyfreithiol)',
      'Tudalen 1 o',
    ])
      expect(flat, words).to.contain(words);
    const month = /Argraffwyd \d{1,2} (\S+) \d{4}\./.exec(flat)?.[1];
    const months = (words: typeof en) => Array.from({ length: 12 }, (_, i) => words.month(i + 1));
    expect(months(cy).filter((name) => months(en).includes(name))).to.deep.equal([]);
    expect(month, 'the date printed').to.be.oneOf(months(cy));
    expect(englishIn(flat).filter((part) => part.length >= 8)).to.deep.equal([]);
    expect(flat).to.not.contain('Page 1 of');
  });
});
