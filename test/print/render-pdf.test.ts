import { expect } from '@open-wc/testing';
import type { PrintBlock, PrintDocument } from '../../src/print/document.ts';
import { renderPdf, renderPdfBytes } from '../../src/print/render-pdf.ts';
import { pdfText } from '../helpers/pdf.ts';

const doc = (blocks: PrintBlock[], extra: Partial<PrintDocument> = {}): PrintDocument => ({
  title: 'HHSRS assessment — 4 Heol y Wŷdd',
  lang: 'en-GB',
  footer: 'Scheme england-2005 v1 · printed 2026-03-02 10:15 UTC',
  blocks,
  ...extra,
});

const pagesOf = (text: string): string[] => text.split('\f').filter((page) => page.trim() !== '');
const squash = (text: string): string => text.replace(/\s+/g, ' ');

const everyKind: PrintBlock[] = [
  { kind: 'heading', level: 2, text: 'Property details' },
  {
    kind: 'keyValue',
    rows: [
      ['Address', '4 Heol y Wŷdd, Abertawe'],
      ['Inspector', 'Siân Llŵyd'],
    ],
  },
  { kind: 'paragraph', text: 'Likelihood 1 in 180 × harm outcomes ÷ 100 → score 1,234 (band C). Fee £250 – paid’' },
  { kind: 'paragraph', text: 'Small print about the scheme.', emphasis: 'small' },
  { kind: 'paragraph', text: 'Category 1 hazard found.', emphasis: 'strong' },
  { kind: 'paragraph', text: 'Consult the fire and rescue authority first.', emphasis: 'warning' },
  { kind: 'heading', level: 3, text: 'Remedial action' },
  { kind: 'list', items: ['Install a mechanical extractor fan', 'Treat mould with a fungicidal wash'] },
  {
    kind: 'table',
    head: ['Hazard', 'Score', 'Band'],
    rows: [
      ['Damp and mould growth', '1,234', 'C'],
      ['Excess cold', '≥ 5,000', 'A'],
    ],
  },
  { kind: 'pageBreak' },
  { kind: 'paragraph', text: 'Signed after the page break.' },
];

describe('renderPdf', () => {
  it('prints every kind of block with the title, a footer and page numbers', async () => {
    const blob = await renderPdf(doc(everyKind));
    expect(blob.type).to.equal('application/pdf');
    const { text, pages, info } = await pdfText(blob);
    expect(pages).to.equal(2);
    const [first = '', second = ''] = pagesOf(text);
    for (const words of [
      'HHSRS assessment — 4 Heol y Wŷdd',
      'Property details',
      'Remedial action',
      'Small print about the scheme.',
      'Category 1 hazard found.',
    ]) {
      expect(first).to.contain(words);
    }
    expect(first).to.match(/Address\s+4 Heol y Wŷdd, Abertawe/);
    expect(first).to.match(/Inspector\s+Siân Llŵyd/);
    expect(first).to.match(/Hazard\s+Score\s+Band/);
    expect(first).to.match(/Damp and mould growth\s+1,234\s+C/);
    expect(first).to.match(/•\s+Install a mechanical extractor fan/);
    expect(first).to.match(/!\s+Consult the fire and rescue authority first\./);
    expect(first).to.match(/Scheme england-2005 v1 · printed 2026-03-02 10:15 UTC\s+Page 1 of 2/);
    expect(first).not.to.contain('Signed after the page break.');
    expect(second).to.contain('Signed after the page break.');
    expect(second).to.contain('Page 2 of 2');
    expect(info).to.match(/^Title:\s+HHSRS assessment — 4 Heol y Wŷdd$/m);
    expect(info).to.match(/^Creator:\s+hhsrs-toolkit$/m);
    expect(info).to.match(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
  });

  it('draws Welsh letters, scoring symbols and currency from the embedded font', async () => {
    const { text } = await pdfText(await renderPdf(doc(everyKind)));
    for (const char of ['ŵ', 'ŷ', '×', '÷', '→', '£', '–', '’', '≥', 'â']) expect(text).to.contain(char);
    expect(text).to.contain('1 in 180 × harm outcomes ÷ 100 → score 1,234 (band C). Fee £250 – paid’');
  });

  it('prints markup typed by a user as literal text', async () => {
    const hostile = '<img src=x onerror=alert(1)> (a) \\ ) /Type /Action';
    const { text } = await pdfText(
      await renderPdf(
        doc(
          [
            { kind: 'paragraph', text: hostile },
            { kind: 'table', head: ['Note'], rows: [[hostile]] },
          ],
          { title: hostile },
        ),
      ),
    );
    expect(text.split(hostile).length - 1).to.equal(3);
  });

  it('continues a 200-row table over several pages, repeating its header on each', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      `Row ${i + 1}`,
      `Room ${i + 1} has a long description that wraps onto a second line within its column`,
      `${i * 7}`,
    ]);
    const { text, pages } = await pdfText(
      await renderPdf(
        doc([
          { kind: 'heading', level: 2, text: 'Rooms' },
          { kind: 'table', head: ['Ref', 'Observation', 'Score'], rows },
        ]),
      ),
    );
    expect(pages).to.be.greaterThan(5);
    pagesOf(text).forEach((page, i) => {
      expect(page, `page ${i + 1}`).to.match(/Ref\s+Observation\s+Score/);
      expect(page, `page ${i + 1}`).to.contain(`Page ${i + 1} of ${pages}`);
    });
    for (let i = 1; i <= 200; i++) expect(text.match(new RegExp(`Row ${i}\\s`, 'g')), `Row ${i}`).to.have.length(1);
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    const blocks = Array.from({ length: 60 }, (_, i): PrintBlock[] => [
      { kind: 'heading', level: 2, text: `Hazard number ${i + 1}` },
      { kind: 'paragraph', text: `Finding ${i + 1}. `.repeat(1 + (i % 7) * 12) },
    ]).flat();
    const { text, pages } = await pdfText(await renderPdf(doc(blocks)));
    expect(pages).to.be.greaterThan(3);
    for (const page of pagesOf(text)) {
      const lines = page.split('\n').filter((line) => line.trim() !== '' && !/Page \d+ of/.test(line));
      expect(lines.at(-1)).not.to.match(/Hazard number/);
    }
  });

  it('never leaves a table caption or a lead-in alone at the foot of a page', async () => {
    // Filler of every length from 1 to 9 lines moves the caption down the page, so some lands at the foot.
    const blocks = Array.from({ length: 40 }, (_, i): PrintBlock[] => [
      { kind: 'paragraph', text: `Reason ${i + 1}. `.repeat(1 + (i % 9) * 9) },
      { kind: 'paragraph', emphasis: 'strong', text: `How person ${i + 1} is counted`, keepWithNext: true },
      { kind: 'table', head: ['Person', 'Counts as'], rows: [[`Person ${i + 1}`, '1']] },
    ]).flat();
    const { text, pages } = await pdfText(await renderPdf(doc(blocks)));
    expect(pages).to.be.greaterThan(3);
    for (const page of pagesOf(text)) {
      const lines = page.split('\n').filter((line) => line.trim() !== '' && !/Page \d+ of/.test(line));
      expect(lines.at(-1)).not.to.match(/How person \d+ is counted/);
    }
    for (let i = 1; i <= 40; i++) {
      const page = pagesOf(text).find((p) => p.includes(`How person ${i} is counted`)) ?? '';
      expect(page, `caption ${i}`).to.match(new RegExp(`Person\\s+Counts as[\\s\\S]*Person ${i}\\s+1`));
    }
  });

  it('never splits a warning across two pages', async () => {
    const warning = (i: number): string =>
      `Warning ${i}: within one step of the Category 1 line, so a different likelihood would change the category. `.repeat(
        3,
      );
    const blocks = Array.from({ length: 30 }, (_, i): PrintBlock[] => [
      { kind: 'paragraph', text: `Finding ${i + 1}. `.repeat(1 + (i % 8) * 10) },
      { kind: 'paragraph', emphasis: 'warning', text: warning(i + 1) },
    ]).flat();
    const { text, pages } = await pdfText(await renderPdf(doc(blocks)));
    expect(pages).to.be.greaterThan(3);
    for (let i = 1; i <= 30; i++) {
      const holding = pagesOf(text).filter((p) => p.includes(`Warning ${i}:`));
      expect(holding, `warning ${i}`).to.have.length(1);
      expect(squash(holding[0] ?? '')).to.contain(squash(warning(i)).trim());
    }
  });

  it('continues a value longer than a page onto the next page, starting it under its heading', async () => {
    const justification = Array.from({ length: 90 }, (_, i) => `Reason ${i + 1} for the score.`).join('\n');
    const { text, pages } = await pdfText(
      await renderPdf(
        doc([
          { kind: 'heading', level: 2, text: 'Officer’s justification' },
          {
            kind: 'keyValue',
            rows: [
              ['Justification', justification],
              ['Signed', 'A. Officer'],
            ],
          },
        ]),
      ),
    );
    const [first = ''] = pagesOf(text);
    expect(pages).to.equal(2);
    expect(first).to.contain('Officer’s justification');
    expect(first).to.match(/Justification\s+Reason 1 for the score\./);
    for (let i = 1; i <= 90; i++)
      expect(text.match(new RegExp(`Reason ${i} for`, 'g')), `Reason ${i}`).to.have.length(1);
    expect(pagesOf(text)[1]).to.match(/Signed\s+A\. Officer/);
  });

  it('prints the title once when the layout opens with its own top-level heading', async () => {
    const { text } = await pdfText(await renderPdf(doc([{ kind: 'heading', level: 1, text: 'Overcrowding check' }])));
    expect(text).to.contain('Overcrowding check');
    expect(text).not.to.contain('HHSRS assessment');
  });

  it('numbers the pages of a Welsh document in Welsh', async () => {
    const { text } = await pdfText(
      await renderPdf(doc([{ kind: 'paragraph', text: 'Asesiad o’r annedd.' }], { lang: 'cy' })),
    );
    expect(text).to.contain('Tudalen 1 o 1');
    expect(text).not.to.contain('Page 1');
  });

  it('shows characters the font lacks as "?" and composes accents typed separately', async () => {
    const { text } = await pdfText(
      await renderPdf(doc([{ kind: 'paragraph', text: 'Tenant: 王 Li 🙂, Gŵen, soft\u00adhyphen' }])),
    );
    expect(text).to.contain('Tenant: ? Li ?, Gŵen, softhyphen');
  });

  it('wraps a long cell inside its column instead of running off the page', async () => {
    const long = 'The bathroom extractor fan has not worked since the tenancy began and condensation collects daily.';
    const { text } = await pdfText(
      await renderPdf(doc([{ kind: 'table', head: ['Room', 'Finding'], rows: [['Bathroom', long]] }])),
    );
    expect(text).not.to.contain(long);
    expect(squash(text)).to.contain('The bathroom extractor fan');
    expect(squash(text)).to.contain('collects daily.');
  });

  it('returns the raw bytes of a PDF', async () => {
    const bytes = await renderPdfBytes(doc([]));
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).to.equal('%PDF-');
  });
});
