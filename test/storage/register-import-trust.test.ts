import { expect } from '@open-wc/testing';
import { decodeCsv } from '../../src/storage/register/csv-encoding.ts';
import { commitImport, planImport } from '../../src/storage/register/csv-import.ts';
import { freshRegister } from '../elements/register/fixtures.ts';

/** Text as Windows-1252 bytes (the characters used here are all single bytes in it). */
const cp1252 = (text: string) =>
  new Uint8Array([...text].map((c) => (({ '£': 0xa3, é: 0xe9 }) as Record<string, number>)[c] ?? c.charCodeAt(0)));

describe('CSV import: encodings, one set of checks for the dry run and the import, progress', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('reads a Windows-1252 file as Windows-1252 and says so, and UTF-8 with or without a byte-order mark as UTF-8', () => {
    const excel = decodeCsv(cp1252('Ref,Address,Notes\nR-1,Café Road,£100\n'));
    expect(excel).to.deep.equal({
      ok: true,
      text: 'Ref,Address,Notes\nR-1,Café Road,£100\n',
      encoding: 'windows-1252',
    });
    const utf8 = new TextEncoder().encode('R-1,Café Road,£100');
    expect(decodeCsv(utf8)).to.deep.equal({ ok: true, text: 'R-1,Café Road,£100', encoding: 'utf-8' });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).to.deep.equal({
      ok: true,
      text: 'R-1,Café Road,£100',
      encoding: 'utf-8',
    });
  });

  it('refuses a file that is neither: UTF-16, or bytes no text encoding here gives', () => {
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x52, 0x00]))).to.deep.equal({ ok: false, reason: 'utf-16' });
    expect(decodeCsv(new Uint8Array([0x52, 0x00, 0x2d, 0x00]))).to.deep.equal({ ok: false, reason: 'binary' });
    expect(decodeCsv(new Uint8Array([0x52, 0x81, 0xe9]))).to.deep.equal({ ok: false, reason: 'binary' });
  });

  it('finds in the dry run a 600-character address the import would refuse, and the import then succeeds', async () => {
    const { repository } = register;
    const csv = `Reference,Address,Postcode,Landlord,Nation,Scheme\nR-1,${'1 Long Road '.repeat(50)},LS1 4AP,social,England,\nR-2,2 Quay St,LS1 4AP,social,England,${'S'.repeat(501)}\nR-3,3 Quay St,LS1 4AP,social,England,\n`;
    const plan = await planImport(repository, 'properties', csv);
    expect(plan.rows.map((row) => row.problems)).to.deep.equal([
      ['Address line 1: must have at most 500 characters'],
      ['Housing scheme: must have at most 500 characters'],
      [],
    ]);
    expect(plan.newSchemes).to.deep.equal([]);
    expect(await commitImport(repository, plan, 'Jo')).to.equal(1);
    expect((await repository.counts()).properties).to.equal(1);
    expect((await repository.propertyByReference('R-3'))?.addressLine1).to.equal('3 Quay St');
  });

  it('reports progress while it checks a large file, and stops when cancelled', async () => {
    const { repository } = register;
    const rows = Array.from({ length: 2000 }, (_, i) => `R-${i},${i} Quay St,LS1 4AP,social,England`);
    const csv = `Reference,Address,Postcode,Landlord,Nation\n${rows.join('\n')}\n`;
    const seen: string[] = [];
    await planImport(repository, 'properties', csv, undefined, {
      onProgress: (checked, total) => seen.push(`${checked}/${total}`),
    });
    expect(seen).to.deep.equal(['0/2000', '500/2000', '1000/2000', '1500/2000', '2000/2000']);
    const cancel = new AbortController();
    let error: unknown;
    try {
      await planImport(repository, 'properties', csv, undefined, {
        signal: cancel.signal,
        onProgress: (checked) => checked >= 500 && cancel.abort(),
      });
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
