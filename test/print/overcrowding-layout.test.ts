import { expect } from '@open-wc/testing';
import { overcrowdingLayout, type Finding, type OvercrowdingReport } from '../../src/print/overcrowding-layout.ts';

const space: Finding = {
  id: 'space',
  heading: 'Space standard (section 326)',
  law: 'The permitted number is the lower of Table I and Table II.',
  status: { label: 'Result', text: 'Not met', tone: 'bad' },
  reasons: ['3 people counted, which is more than the 2½ permitted.'],
  list: [],
  facts: [['Permitted number (the lower figure)', '2½']],
  tables: [
    {
      caption: 'Table II: each room to sleep in',
      head: ['Room', 'Floor area', 'Counts for'],
      rows: [['Bedroom', '10.21 m² (109.90 sq ft)', '1½ (90 to under 110 sq ft)']],
      total: ['Total', '', '2½'],
    },
  ],
  notes: ['A note.'],
};
const report: OvercrowdingReport = {
  title: 'Overcrowding check',
  lang: 'en-GB',
  intro: ['Whether this home is overcrowded.'],
  home: [
    ['Address', 'Flat 3, 9 Canal Street, Anytown AN4 5GH'],
    ['Reference', 'OC-2026-118'],
  ],
  inputs: {
    heading: 'What was checked',
    tables: [{ caption: 'People', head: ['Person', 'Age'], rows: [['Amy', '34']] }],
  },
  findings: [
    {
      ...space,
      id: 'verdict',
      heading: 'Overcrowded by law? (section 324)',
      status: { label: 'Result', text: 'Overcrowded', tone: 'bad' },
      reasons: ['The home is overcrowded because the space standard is not met.'],
      facts: [],
      tables: [],
      notes: [],
    },
    space,
    {
      ...space,
      id: 'hmo',
      heading: 'HMO room sizes',
      status: null,
      reasons: [],
      facts: [],
      tables: [],
      notes: [],
      list: ['Front bedroom: Amy'],
    },
  ],
  footer: 'Housing Act 1985 sections 324 to 326. Printed 1 December 2026.',
};

describe('overcrowdingLayout', () => {
  const doc = overcrowdingLayout(report);

  it('titles the document and prints the footer on it', () => {
    expect(doc).to.include({
      title: 'Overcrowding check',
      lang: 'en-GB',
      footer: 'Housing Act 1985 sections 324 to 326. Printed 1 December 2026.',
    });
    expect(doc.blocks[0]).to.deep.equal({ kind: 'heading', text: 'Overcrowding check', level: 1 });
  });

  it('says which home it is about straight under the title, so a printed copy cannot be mistaken', () => {
    expect(doc.blocks[1]).to.deep.equal({
      kind: 'keyValue',
      rows: [
        ['Address', 'Flat 3, 9 Canal Street, Anytown AN4 5GH'],
        ['Reference', 'OC-2026-118'],
      ],
    });
    const anonymous = overcrowdingLayout({ ...report, home: [] });
    expect(anonymous.blocks.some((b) => b.kind === 'keyValue' && b.rows[0]?.[0] === 'Address')).to.equal(false);
  });

  it('puts the verdict first, in words, then each standard with its reasons, figures and the law', () => {
    const texts = doc.blocks.map((block) => ('text' in block ? block.text : block.kind));
    expect(texts).to.deep.equal([
      'Overcrowding check',
      'keyValue',
      'Whether this home is overcrowded.',
      'Overcrowded by law? (section 324)',
      'Result: Overcrowded',
      'The home is overcrowded because the space standard is not met.',
      'The permitted number is the lower of Table I and Table II.',
      'Space standard (section 326)',
      'Result: Not met',
      '3 people counted, which is more than the 2½ permitted.',
      'keyValue',
      'Table II: each room to sleep in',
      'table',
      'The permitted number is the lower of Table I and Table II.',
      'A note.',
      'HMO room sizes',
      'list',
      'The permitted number is the lower of Table I and Table II.',
      'What was checked',
      'People',
      'table',
    ]);
  });

  it('marks a verdict that is not met as a warning, never by colour alone', () => {
    expect(doc.blocks[4]).to.deep.equal({ kind: 'paragraph', text: 'Result: Overcrowded', emphasis: 'warning' });
    const met = overcrowdingLayout({
      ...report,
      findings: [{ ...space, status: { label: 'Result', text: 'Met', tone: 'good' } }],
    });
    expect(met.blocks.find((b) => 'text' in b && b.text === 'Result: Met')).to.deep.equal({
      kind: 'paragraph',
      text: 'Result: Met',
      emphasis: 'strong',
    });
  });

  it('prints each table with its total row last', () => {
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table).to.deep.equal({
      kind: 'table',
      head: ['Room', 'Floor area', 'Counts for'],
      rows: [
        ['Bedroom', '10.21 m² (109.90 sq ft)', '1½ (90 to under 110 sq ft)'],
        ['Total', '', '2½'],
      ],
    });
  });
});
