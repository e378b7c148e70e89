import { expect } from '@open-wc/testing';
import { sha256Text } from '../../src/schema/sha256-text.ts';

/** The browser's own SHA-256 of the same UTF-8 bytes. */
async function subtle(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('sha256Text', () => {
  it('gives the FIPS 180-4 example digests', () => {
    // FIPS 180-4 / NIST CSRC examples: "abc", the empty message and the two-block 448-bit message.
    expect(sha256Text('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Text('')).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with the browser’s digest for text of every padding length and for non-ASCII text', async () => {
    for (let length = 0; length < 130; length++) {
      const text = 'é'.repeat(length % 3) + 'x'.repeat(length);
      expect(sha256Text(text), `length ${length}`).to.equal(await subtle(text));
    }
    expect(sha256Text('Black mould, 1.5 m² — “bedroom” 🏠')).to.equal(
      await subtle('Black mould, 1.5 m² — “bedroom” 🏠'),
    );
  });
});
