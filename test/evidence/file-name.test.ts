import { expect } from '@open-wc/testing';
import { cleanFileName, safeFileName } from '../../src/evidence/file-name.ts';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { invoiceFile, pngFile } from '../elements/register/fixtures.ts';

describe('evidence file names', () => {
  it('removes the right-to-left override that makes “invoice‮fdp.shtml” show as a PDF', () => {
    expect(safeFileName('invoice\u202efdp.shtml', 'application/pdf')).to.equal('invoicefdp.pdf');
  });

  it('removes every bidirectional mark and control character', () => {
    const marks = [
      '\u061c',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0085',
    ];
    expect(cleanFileName(`da${marks.join('')}mp.jpg`)).to.equal('damp.jpg');
    expect(cleanFileName('C:\\Users\\jo\\\u202e\u202e')).to.equal('file');
  });

  it('gives each kept type its own extension', () => {
    expect(safeFileName('damp.png', 'image/jpeg')).to.equal('damp.jpg');
    expect(safeFileName('damp.JPEG', 'image/jpeg')).to.equal('damp.JPEG');
    expect(safeFileName('meter', 'image/png')).to.equal('meter.png');
    expect(safeFileName('mould.jpg', 'image/webp')).to.equal('mould.webp');
    expect(safeFileName('note.md', 'text/plain')).to.equal('note.txt');
    expect(safeFileName('Invoice 1043 (final draft)', 'application/pdf')).to.equal('Invoice 1043 (final draft).pdf');
    expect(safeFileName('odd.name', 'application/zip')).to.equal('odd.name');
  });

  it('keeps the extension when a long name is shortened', () => {
    const name = safeFileName(`${'a'.repeat(300)}.exe`, 'application/pdf');
    expect(name.length).to.equal(200);
    expect(name.endsWith('a.pdf')).to.equal(true);
  });

  it('is applied when a file is added: a PDF named .shtml is kept as .pdf, a PNG named .jpg as .png', async () => {
    const invoice = await prepareEvidence(invoiceFile('invoice\u202efdp.shtml'), { allow: ['pdf'] });
    expect(invoice.ok && invoice.originalName).to.equal('invoicefdp.pdf');
    const photo = await prepareEvidence(await pngFile('boiler\u2067.jpg'), { allow: ['image'] });
    expect(photo.ok && photo.originalName).to.equal('boiler.png');
  });
});
