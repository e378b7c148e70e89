import { expect, fixture, html } from '@open-wc/testing';
import { captureDownloads } from '../../helpers/downloads.ts';
import '../../../src/elements/hhsrs-assessor/define.ts';
import type { HhsrsAssessor } from '../../../src/elements/hhsrs-assessor/hhsrs-assessor.ts';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { pdfText } from '../../helpers/pdf.ts';
import type { IdbRepository } from '../../../src/storage/idb-repository.ts';
import {
  $,
  choose,
  clickButton,
  fill,
  freshDatabase,
  KEY,
  openRepository,
  pageShown,
  savedCheck,
  stairRailLetter,
  text,
  title,
  TODAY,
  until,
} from './tenant-fixture.ts';

/** `<hhsrs-assessor>` in tenant mode as a council embeds it, with the tenant view inside dated TODAY. */
async function mountAssessor(
  repository: IdbRepository,
  lang: string,
  council = 'Cyngor Caerdydd',
): Promise<{ assessor: HhsrsAssessor; el: TenantCheck }> {
  const assessor = await fixture<HhsrsAssessor>(html`<hhsrs-assessor
    lang=${lang}
    storage-key=${KEY}
    .repository=${repository}
    council-name=${council}
    council-phone="029 2087 2088"
  ></hhsrs-assessor>`);
  const el = assessor.shadowRoot!.querySelector<TenantCheck>('hhsrs-tenant-check')!;
  el.today = TODAY;
  await until(() => Boolean(el.shadowRoot?.querySelector('#page-title')), 'the tenant check');
  return { assessor, el };
}

/** Chooses each label, then "Parhau" (Continue). */
async function ateb(el: TenantCheck, ...pages: (string | string[])[]): Promise<void> {
  for (const page of pages) {
    for (const label of Array.isArray(page) ? page : [page]) await choose(el, label);
    await clickButton(el, 'Parhau');
  }
}

/** Every page in Welsh is marked as Welsh, and passes axe. */
async function checkPage(el: TenantCheck, seen: string[]): Promise<void> {
  await el.updateComplete;
  expect($(el, '.tenant')!.getAttribute('lang'), title(el)).to.equal('cy');
  seen.push(title(el));
  await expectAccessible(el, `cy: ${title(el)}`);
}

describe('<hhsrs-assessor lang="cy"> the tenant self-check in Welsh', function () {
  // axe on every page of the journey, and a PDF.
  this.timeout(40000);
  beforeEach(freshDatabase);

  it('takes a council tenant in Wales with a toddler and a damp flat through to a Welsh letter and its PDF (with ŵ)', async () => {
    const { assessor, el } = await mountAssessor(await openRepository(), 'cy');
    expect(assessor.getAttribute('lang')).to.equal('cy');
    const seen: string[] = [];
    await checkPage(el, seen);
    expect(title(el)).to.equal('Gwirio problem yn eich cartref rhent');
    await clickButton(el, 'Dechrau nawr');
    for (const page of [
      'Cymru',
      'Y cyngor',
      'Plentyn dan 5 oed',
      'Lleithder neu lwydni',
      ['Llwydni du neu wyrdd ar waliau, nenfydau, dodrefn neu ddillad', 'Llawer o ddŵr ar ffenestri a waliau'],
      'Darnau mawr, neu mae’n dod yn ôl o hyd ar ôl ei lanhau',
      'Mwy na 6 mis yn ôl',
      ['Ystafell wely', 'Ystafell ymolchi neu doiled'],
      'Nac ydw, ddim eto',
    ]) {
      await checkPage(el, seen);
      await ateb(el, page);
    }
    await checkPage(el, seen);
    expect(title(el)).to.equal('Gwirio eich atebion');
    await clickButton(el, 'Gweld y canlyniadau');
    await checkPage(el, seen);
    expect(text(el)).to.contain('Lleithder a thyfiant llwydni (perygl 1 o 29)');
    expect(text(el)).to.contain('Mae plentyn dan 5 oed yn byw yn eich cartref.');
    await clickButton(el, 'Gweld beth i’w wneud nesaf');
    await checkPage(el, seen);
    expect(text(el)).to.contain('Lleithder neu lwydni: trwsio o fewn 14 diwrnod (erbyn dydd Llun 7 Rhagfyr 2026)');
    expect(text(el)).to.contain('Dydy Cyfraith Awaab ddim yn berthnasol yng Nghymru');
    expect(text(el)).to.contain('Gofynnwch i Ombwdsmon Gwasanaethau Cyhoeddus Cymru');
    await clickButton(el, 'Ysgrifennu eich llythyr');
    await checkPage(el, seen);
    await fill(el, 'name', 'Siân Prys');
    await fill(el, 'address', '4 Heol y Dŵr\nCaerdydd CF10 1AA');
    await clickButton(el, 'Creu’r llythyr');
    await checkPage(el, seen);
    expect(title(el)).to.equal('Eich llythyr at eich landlord');
    expect(seen).to.have.length(15);

    const article = $(el, '.letter')!;
    expect(article.getAttribute('lang')).to.equal('cy');
    const letter = text(el, '.letter');
    for (const line of [
      'Atgyweiriadau sydd eu hangen: 4 Heol y Dŵr',
      '23 Tachwedd 2026',
      'At: fy landlord',
      'Annwyl Syr neu Fadam,',
      'Rwy’n ysgrifennu atoch i ofyn i chi atgyweirio problemau yn fy nghartref.',
      'Mae’r bobl sy’n byw yma yn cynnwys plentyn dan 5 oed.',
      'Problem 1: Lleithder neu lwydni',
      'Llwydni du neu wyrdd ar waliau, nenfydau, dodrefn neu ddillad. Llawer o ddŵr ar ffenestri a waliau.',
      // "a" before "ystafell" becomes "ac": Welsh joins a list with "a", or "ac" before a vowel.
      'Ystafell wely ac ystafell ymolchi neu doiled',
      'Trwsiwch hyn o fewn 14 diwrnod, erbyn dydd Llun 7 Rhagfyr 2026, os gwelwch yn dda.',
      'efallai y byddaf yn gofyn i Ombwdsmon Gwasanaethau Cyhoeddus Cymru ymchwilio',
      'Yn gywir, Siân Prys',
    ]) {
      expect(letter).to.contain(line);
    }

    const { blobs: created, restore } = captureDownloads();
    try {
      await clickButton(el, 'Llwytho i lawr fel PDF');
      await until(() => text(el).includes('Mae’r PDF wedi’i lwytho i lawr.'), 'the PDF', 15000);
    } finally {
      restore();
    }
    const pdf = (await pdfText(created[0]!)).text.replace(/\s+/g, ' ');
    for (const line of [
      'Annwyl Syr neu Fadam,',
      'Llawer o ddŵr ar ffenestri a waliau.',
      '23 Tachwedd 2026',
      'Tudalen 1 o 1',
      'Yn gywir,',
    ]) {
      expect(pdf).to.contain(line);
    }
    expect(pdf).to.match(/Llythyr am atgyweiriadau, dyddiedig 23 Tachwedd 2026/);
  });

  it('switches language as soon as the lang attribute changes, and reads cy-GB as Welsh', async () => {
    const { assessor, el } = await mountAssessor(await openRepository(), 'en', 'Anytown Council');
    await clickButton(el, 'Start now');
    expect(title(el)).to.equal('Where is your home?');
    assessor.setAttribute('lang', 'cy');
    await assessor.updateComplete;
    await el.updateComplete;
    // The Welsh words are fetched the first time they are needed; from then on a switch is immediate.
    await pageShown(el);
    expect(title(el)).to.equal('Ble mae eich cartref?');
    expect($(el, '.tenant')!.getAttribute('lang')).to.equal('cy');
    expect(text(el)).to.contain('Yn ôl');
    assessor.lang = 'cy-GB';
    await assessor.updateComplete;
    await el.updateComplete;
    expect(title(el)).to.equal('Ble mae eich cartref?');
    assessor.lang = 'en';
    await assessor.updateComplete;
    await el.updateComplete;
    expect(title(el)).to.equal('Where is your home?');
    expect($(el, '.tenant')!.getAttribute('lang')).to.equal('en');
  });

  it('writes the letter in English from a Welsh page when the tenant asks, and mutates the council’s name after "â" and "i"', async () => {
    const repository = await openRepository();
    await savedCheck(
      repository,
      stairRailLetter({ nation: 'wales', letter: { ...stairRailLetter().letter, landlordName: '' } }),
    );
    const { el } = await mountAssessor(repository, 'cy');
    const letter = () => text(el, '.letter');
    expect(letter()).to.contain('efallai y byddaf yn gofyn i Gyngor Caerdydd archwilio fy nghartref');
    await choose(el, 'Saesneg');
    expect($(el, '.letter')!.getAttribute('lang')).to.equal('en-GB');
    expect(letter()).to.contain('Dear Sir or Madam,');
    expect(letter()).to.contain('I may ask Cyngor Caerdydd to inspect my home.');
    expect(title(el)).to.equal('Eich llythyr at eich landlord');
    await expectAccessible(el, 'cy page, English letter');
    await choose(el, 'Cymraeg');
    expect(letter()).to.contain('Annwyl Syr neu Fadam,');
    await clickButton(el, 'Yn ôl');
    await clickButton(el, 'Yn ôl');
    expect(title(el)).to.equal('Beth i’w wneud nesaf');
    expect(text(el)).to.contain('Os nad yw wedi’i drwsio erbyn 7 Rhagfyr 2026, cysylltwch â Chyngor Caerdydd');
  });

  it('says in Welsh when to come back after sending, with dates after "tan" and "ar" softened', async () => {
    const repository = await openRepository();
    await savedCheck(repository, stairRailLetter({ nation: 'wales' }));
    const { el } = await mountAssessor(repository, 'cy');
    await clickButton(el, 'Rydw i wedi anfon y llythyr');
    await ateb(el, 'Drwy’r post');
    await fill(el, 'sent-day', '18');
    await fill(el, 'sent-month', '11');
    await fill(el, 'sent-year', '2026');
    await clickButton(el, 'Parhau');
    expect(title(el)).to.equal('Arhoswch tan ddydd Mercher 2 Rhagfyr 2026');
    expect(text(el)).to.contain('Fe wnaethoch chi anfon eich llythyr drwy’r post ar ddydd Mercher 18 Tachwedd 2026.');
    expect(text(el)).to.contain('Grisiau, stepiau, lloriau neu ffenestri: trwsio erbyn dydd Mercher 2 Rhagfyr 2026');
    await checkPage(el, []);
    el.today = '2026-12-03';
    await el.updateComplete;
    expect(title(el)).to.equal('Mae amser eich landlord ar ben');
    expect([...el.shadowRoot!.querySelectorAll('.steps h3')].map((h) => h.textContent?.trim())).to.deep.equal([
      'Cysylltwch â Chyngor Caerdydd',
    ]);
    await checkPage(el, []);
  });
});
