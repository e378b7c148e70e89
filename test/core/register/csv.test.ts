import { expect } from '@open-wc/testing';
import {
  applyMapping,
  diffRecords,
  guessMapping,
  parseCsv,
  toCsv,
  unmappedRequired,
  type ColumnSpec,
} from '../../../src/core/register/index.ts';

describe('toCsv and parseCsv', () => {
  it('quotes commas, quotes and line breaks, and reads them back', () => {
    const rows = [
      ['reference', 'address', 'cost'],
      ['P-1', '1 High St, Leeds', 1250],
      ['P-2', 'Flat "A"\nBlock 2', null],
    ];
    const text = toCsv(rows);
    expect(text).to.equal('reference,address,cost\r\nP-1,"1 High St, Leeds",1250\r\nP-2,"Flat ""A""\nBlock 2",\r\n');
    expect(parseCsv(text)).to.deep.equal({
      rows: [
        ['reference', 'address', 'cost'],
        ['P-1', '1 High St, Leeds', '1250'],
        ['P-2', 'Flat "A"\nBlock 2', ''],
      ],
      problems: [],
    });
  });
  it('defuses text a spreadsheet would run as a formula, and restores it on import', () => {
    const text = toCsv([['=HYPERLINK("http://x")', '-5 days', '@sum', -5]]);
    expect(text).to.equal('"\'=HYPERLINK(""http://x"")",\'-5 days,\'@sum,-5\r\n');
    expect(parseCsv(text).rows).to.deep.equal([['=HYPERLINK("http://x")', '-5 days', '@sum', '-5']]);
  });
  it('reads LF and CR line ends, a byte-order mark, blank lines and a last line without an end', () => {
    expect(parseCsv('\ufeffa,b\n\nc,d\re,f').rows).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });
  it('says where a quoted cell is never closed', () => {
    expect(parseCsv('a,b\n"c,d\ne').problems).to.deep.equal([
      'A quoted cell that starts on line 2 is never closed: add the missing " and try again.',
    ]);
  });
});

describe('column mapping', () => {
  const specs: ColumnSpec[] = [
    { field: 'reference', label: 'Reference', required: true, aliases: ['ref', 'property ref'] },
    { field: 'postcode', label: 'Postcode', required: true, aliases: ['post code'] },
    { field: 'town', label: 'Town', required: false, aliases: [] },
  ];
  it('matches headings whatever their case, spacing and punctuation', () => {
    const mapping = guessMapping(['Property Ref.', 'POST CODE', 'Notes'], specs);
    expect(mapping).to.deep.equal({ reference: 0, postcode: 1, town: null });
    expect(unmappedRequired(mapping, specs)).to.deep.equal([]);
    expect(applyMapping([' P-1 ', 'LS1 1AA', 'x'], mapping)).to.deep.equal({ reference: 'P-1', postcode: 'LS1 1AA' });
  });
  it('lists required columns it could not find and leaves out empty cells', () => {
    const mapping = guessMapping(['Reference'], specs);
    expect(unmappedRequired(mapping, specs)).to.deep.equal(['Postcode']);
    expect(applyMapping([''], mapping)).to.deep.equal({});
    expect(applyMapping([], { reference: 3 })).to.deep.equal({});
  });
});

describe('diffRecords', () => {
  it('lists changed fields with before and after, nested fields by path, ignoring bookkeeping', () => {
    const before = {
      id: 'h1',
      status: 'open',
      awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' },
      revision: 1,
      updatedAt: 'a',
      spread: [0, 10, 20, 70],
    };
    const after = {
      id: 'h1',
      status: 'resolved',
      awaabs: { riskLevel: 'emergency', awareAt: '2026-03-02T09:00' },
      revision: 2,
      updatedAt: 'b',
      spread: [0, 10, 20, 70],
    };
    expect(diffRecords(before, after)).to.deep.equal([
      { field: 'status', before: 'open', after: 'resolved' },
      { field: 'awaabs.riskLevel', before: 'significant', after: 'emergency' },
    ]);
  });
  it('records a creation and a deletion field by field', () => {
    expect(diffRecords(null, { id: 'p1', awaabs: null, notes: {} })).to.deep.equal([
      { field: 'id', before: null, after: 'p1' },
      { field: 'notes', before: null, after: {} },
    ]);
    expect(diffRecords({ id: 'p1', createdAt: 'x', schemaVersion: 1 }, null)).to.deep.equal([
      { field: 'id', before: 'p1', after: null },
    ]);
  });
});
