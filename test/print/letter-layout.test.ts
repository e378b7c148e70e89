import { expect } from '@open-wc/testing';
import { letterLayout, letterText, type TenantLetter } from '../../src/print/letter-layout.ts';
import { pdfText } from '../helpers/pdf.ts';

const letter: TenantLetter = {
  lang: 'en-GB',
  subject: 'Repairs needed at Flat 2, 12 Mill Lane',
  sender: ['Sam Jones', 'Flat 2, 12 Mill Lane', 'Anytown AN1 2BC'],
  date: '23 November 2026',
  recipient: 'To: Anytown Homes',
  greeting: 'Dear Anytown Homes,',
  opening: [
    'I am writing to ask you to repair problems in my home.',
    'The people who live here include a child under 5.',
  ],
  problems: [
    {
      heading: 'Problem 1: Damp or mould',
      rows: [
        ['Where', 'Bedroom'],
        ['By when', 'Please investigate within 10 working days, by Monday 7 December 2026.'],
      ],
    },
    { heading: 'Problem 2: Not enough space or bedrooms', rows: [['Where', 'My home']] },
  ],
  closing: ['Please reply in writing.'],
  signOff: 'Yours sincerely,',
  signature: 'Sam Jones',
  footer: 'Letter about repairs, dated 23 November 2026',
};

describe('letterLayout — the tenant’s letter as a printable document', () => {
  it('lays the letter out as a letter: addresses and date, then the subject, then one heading and table per problem', () => {
    const doc = letterLayout(letter);
    expect(doc.title).to.equal('Repairs needed at Flat 2, 12 Mill Lane');
    expect(doc.lang).to.equal('en-GB');
    expect(doc.footer).to.equal('Letter about repairs, dated 23 November 2026');
    expect(doc.blocks).to.deep.equal([
      { kind: 'paragraph', text: 'Sam Jones\nFlat 2, 12 Mill Lane\nAnytown AN1 2BC' },
      { kind: 'paragraph', text: '23 November 2026' },
      { kind: 'paragraph', text: 'To: Anytown Homes' },
      { kind: 'heading', level: 1, text: 'Repairs needed at Flat 2, 12 Mill Lane' },
      { kind: 'paragraph', text: 'Dear Anytown Homes,' },
      { kind: 'paragraph', text: 'I am writing to ask you to repair problems in my home.' },
      { kind: 'paragraph', text: 'The people who live here include a child under 5.' },
      { kind: 'heading', level: 2, text: 'Problem 1: Damp or mould' },
      {
        kind: 'keyValue',
        rows: [
          ['Where', 'Bedroom'],
          ['By when', 'Please investigate within 10 working days, by Monday 7 December 2026.'],
        ],
      },
      { kind: 'heading', level: 2, text: 'Problem 2: Not enough space or bedrooms' },
      { kind: 'keyValue', rows: [['Where', 'My home']] },
      { kind: 'paragraph', text: 'Please reply in writing.' },
      { kind: 'paragraph', text: 'Yours sincerely,' },
      { kind: 'paragraph', text: 'Sam Jones', emphasis: 'strong' },
    ]);
  });
});

describe('the letter’s PDF', () => {
  it('reads as a letter: sender’s address, date, who it is to, then the subject once, then the greeting', async () => {
    const { renderPdf } = await import('../../src/print/render-pdf.ts');
    const { text } = await pdfText(await renderPdf(letterLayout(letter)));
    const flat = text.replace(/\s+/g, ' ');
    const order = [
      'Sam Jones',
      'Anytown AN1 2BC',
      '23 November 2026',
      'To: Anytown Homes',
      'Repairs needed at',
      'Dear',
    ];
    const at = order.map((words) => flat.indexOf(words));
    expect(
      at.every((i) => i >= 0),
      `${order.join(', ')} all printed`,
    ).to.equal(true);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
    expect(flat.split('Repairs needed at Flat 2, 12 Mill Lane').length - 1).to.equal(1);
  });
});

describe('letterText — the same letter to paste into an email', () => {
  it('says the same things, with a blank line between parts and "label: value" rows', () => {
    expect(letterText(letter)).to.equal(
      `${[
        'Repairs needed at Flat 2, 12 Mill Lane',
        'Sam Jones\nFlat 2, 12 Mill Lane\nAnytown AN1 2BC',
        '23 November 2026',
        'To: Anytown Homes',
        'Dear Anytown Homes,',
        'I am writing to ask you to repair problems in my home.',
        'The people who live here include a child under 5.',
        'Problem 1: Damp or mould\nWhere: Bedroom\nBy when: Please investigate within 10 working days, by Monday 7 December 2026.',
        'Problem 2: Not enough space or bedrooms\nWhere: My home',
        'Please reply in writing.',
        'Yours sincerely,\nSam Jones',
      ].join('\n\n')}\n`,
    );
  });

  it('leaves out empty parts rather than printing blank lines', () => {
    const text = letterText({ ...letter, sender: [], opening: ['', 'I am writing.'], closing: [] });
    expect(text).to.not.match(/\n\n\n/);
    expect(text.startsWith('Repairs needed at Flat 2, 12 Mill Lane\n\n23 November 2026')).to.equal(true);
  });
});

describe('a Welsh letter', () => {
  const welsh: TenantLetter = {
    lang: 'cy',
    subject: 'Atgyweiriadau sydd eu hangen: 4 Heol y Dŵr',
    sender: ['Siân Prys', '4 Heol y Dŵr', 'Caerdydd CF10 1AA'],
    date: '2 Mawrth 2026',
    recipient: 'At: fy landlord',
    greeting: 'Annwyl Syr neu Fadam,',
    opening: ['Mae’r bobl sy’n byw yma yn cynnwys rhywun 65 oed neu’n hŷn.'],
    problems: [
      { heading: 'Problem 1: Lleithder neu lwydni', rows: [['Y broblem', 'Llawer o ddŵr ar ffenestri a waliau.']] },
    ],
    closing: [],
    signOff: 'Yn gywir,',
    signature: 'Siân Prys',
    footer: 'Llythyr am atgyweiriadau, dyddiedig 2 Mawrth 2026',
  };

  it('is a Welsh document, and its PDF keeps ŵ and ŷ and numbers its pages in Welsh', async () => {
    const doc = letterLayout(welsh);
    expect(doc.lang).to.equal('cy');
    const { renderPdf } = await import('../../src/print/render-pdf.ts');
    const { text } = await pdfText(await renderPdf(doc));
    const flat = text.replace(/\s+/g, ' ');
    for (const words of [
      'Heol y Dŵr',
      'Llawer o ddŵr ar ffenestri a waliau.',
      '65 oed neu’n hŷn',
      '2 Mawrth 2026',
      'Tudalen 1 o 1',
      'Siân Prys',
    ]) {
      expect(flat).to.contain(words);
    }
    expect(letterText(welsh)).to.contain('Y broblem: Llawer o ddŵr ar ffenestri a waliau.');
  });
});
