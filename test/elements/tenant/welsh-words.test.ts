import { expect } from '@open-wc/testing';
import { cy } from '../../../src/elements/hhsrs-assessor/tenant/messages.cy.ts';
import { tenantLang, tenantMessages, type TenantKey } from '../../../src/elements/hhsrs-assessor/tenant/messages.ts';
import { longDate } from '../../../src/elements/hhsrs-assessor/tenant/view.ts';
import {
  andWelsh,
  listWelsh,
  softDate,
  toWelsh,
  withWelsh,
} from '../../../src/elements/hhsrs-assessor/tenant/welsh.ts';

describe('Welsh words for the tenant self-check', () => {
  it('joins with "a", "ac" before a vowel, and the aspirate mutation after "a" (c → ch, p → ph, t → th)', () => {
    const rows: [string, string][] = [
      ['cegin', 'a chegin'],
      ['plentyn dan 5 oed', 'a phlentyn dan 5 oed'],
      ['Tu allan', 'a Thu allan'],
      ['ystafell ymolchi', 'ac ystafell ymolchi'],
      ['rhywun 65 oed', 'a rhywun 65 oed'],
      ['chwaer', 'a chwaer'],
      ['Ŵyr', 'ac Ŵyr'],
    ];
    for (const [word, joined] of rows) expect(andWelsh(word), word).to.equal(joined);
    expect(listWelsh(['Ystafell wely', 'cegin', 'ystafell fyw'])).to.equal('Ystafell wely, cegin ac ystafell fyw');
    expect(listWelsh(['cegin'])).to.equal('cegin');
    expect(listWelsh([])).to.equal('');
  });

  it('puts a council’s name after "â" and "i": contracts "eich" and "y/yr", mutates "Cyngor", leaves English names alone', () => {
    const rows: [string, string, string][] = [
      ['eich cyngor lleol', 'â’ch cyngor lleol', 'i’ch cyngor lleol'],
      ['y cyngor lleol', 'â’r cyngor lleol', 'i’r cyngor lleol'],
      ['yr Ombwdsmon Tai', 'â’r Ombwdsmon Tai', 'i’r Ombwdsmon Tai'],
      ['Cyngor Caerdydd', 'â Chyngor Caerdydd', 'i Gyngor Caerdydd'],
      ['Anytown Council', 'ag Anytown Council', 'i Anytown Council'],
      ['Newport City Council', 'â Newport City Council', 'i Newport City Council'],
      [
        'Ombwdsmon Gwasanaethau Cyhoeddus Cymru',
        'ag Ombwdsmon Gwasanaethau Cyhoeddus Cymru',
        'i Ombwdsmon Gwasanaethau Cyhoeddus Cymru',
      ],
    ];
    for (const [name, withName, toName] of rows) {
      expect(withWelsh(name), name).to.equal(withName);
      expect(toWelsh(name), name).to.equal(toName);
    }
  });

  it('writes dates in Welsh from the catalogue, softening "dydd" after "ar" and "tan"', () => {
    const t = tenantMessages('cy', cy);
    expect(longDate('2026-03-02', t)).to.equal('2 Mawrth 2026');
    expect(longDate('2026-12-07', t, true)).to.equal('dydd Llun 7 Rhagfyr 2026');
    expect(longDate('2027-01-03', t, true)).to.equal('dydd Sul 3 Ionawr 2027');
    expect(longDate('2026-12-07', tenantMessages('en'), true)).to.equal('Monday 7 December 2026');
    expect(softDate('dydd Llun 7 Rhagfyr 2026')).to.equal('ddydd Llun 7 Rhagfyr 2026');
    expect(softDate('7 Rhagfyr 2026')).to.equal('7 Rhagfyr 2026');
  });

  it('reads cy and its regional tags as Welsh, anything else as English', () => {
    expect(['cy', 'cy-GB', 'CY', 'en', 'en-GB', 'fr', '', null, undefined, 'cym'].map(tenantLang)).to.deep.equal([
      'cy',
      'cy',
      'cy',
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('translates every string: the only ones left the same as English are addresses, names and numbers', () => {
    const en = tenantMessages('en');
    const welsh = tenantMessages('cy', cy);
    const sample = (key: TenantKey, t: typeof en) => {
      const args = key === 'list' ? [['x', 'y']] : key === 'month' || key === 'weekday' ? [3] : ['X', 'Y', 3, 4];
      return (t as (key: TenantKey, ...args: unknown[]) => string)(key, ...args);
    };
    // Same in both languages on purpose: a web address, or "Problem N" (the Welsh word is the same).
    const same = new Set<string>([
      'ombudsmanUrl.housing-ombudsman',
      'letterProblem',
      'atRisk.none',
      'letterGroup.none',
      'letterTold.no',
    ]);
    const untranslated = (Object.keys(cy) as TenantKey[]).filter(
      (key) => !same.has(key) && sample(key, en) === sample(key, welsh),
    );
    expect(untranslated).to.deep.equal([]);
  });
});
