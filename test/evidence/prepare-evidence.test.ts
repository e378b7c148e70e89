import { expect } from '@open-wc/testing';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';

function canvasBlob(type: string, width = 40, height = 30): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#1d70b8';
  context.fillRect(0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), type, 0.9));
}

const encoder = new TextEncoder();

/** A JPEG with an APP1 (Exif) segment carrying a recognisable GPS note, as a phone would write. */
async function jpegWithLocation(): Promise<File> {
  const jpeg = new Uint8Array(await (await canvasBlob('image/jpeg')).arrayBuffer());
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
  const payload = new Uint8Array([...encoder.encode('Exif\0\0'), ...tiff, ...encoder.encode('GPS 51.5074N 0.1278W')]);
  const length = payload.length + 2;
  const segment = new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
  const bytes = new Uint8Array([...jpeg.slice(0, 2), ...segment, ...jpeg.slice(2)]);
  return new File([bytes], 'damp-bedroom.jpg', { type: 'image/jpeg' });
}

function contains(bytes: Uint8Array, text: string): boolean {
  return new TextDecoder('latin1').decode(bytes).includes(text);
}

const PDF_BYTES =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

async function hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('prepareEvidence', () => {
  it('re-encodes a phone photo so its location data is not kept', async () => {
    const file = await jpegWithLocation();
    expect(contains(new Uint8Array(await file.arrayBuffer()), 'GPS 51.5074N')).to.equal(true);
    const result = await prepareEvidence(file, { allow: ['image'] });
    if (!result.ok) throw new Error(result.message);
    const stored = new Uint8Array(await result.blob.arrayBuffer());
    expect(contains(stored, 'GPS 51.5074N')).to.equal(false);
    expect(contains(stored, 'Exif')).to.equal(false);
    expect(result.type).to.equal('image/jpeg');
    expect(result.size).to.equal(stored.length);
    expect(result.originalName).to.equal('damp-bedroom.jpg');
    expect(result.sha256).to.equal(await hex(result.blob));
  });

  it('keeps a PNG as a PNG and a WebP as a picture', async () => {
    const png = await prepareEvidence(new File([await canvasBlob('image/png')], 'meter.png'), { allow: ['image'] });
    expect(png.ok && png.type).to.equal('image/png');
    const webp = await prepareEvidence(new File([await canvasBlob('image/webp')], 'mould.webp'), { allow: ['image'] });
    expect(webp.ok && webp.type.startsWith('image/')).to.equal(true);
  });

  it('shrinks a very large photo to a longer side of 2560 pixels', async () => {
    const result = await prepareEvidence(new File([await canvasBlob('image/png', 3000, 1000)], 'wide.png'), {
      allow: ['image'],
    });
    if (!result.ok) throw new Error(result.message);
    const bitmap = await createImageBitmap(result.blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([2560, 853]);
  });

  it('stores an invoice PDF byte for byte, typed as a PDF', async () => {
    const file = new File([PDF_BYTES], 'invoice 1043.pdf', { type: '' });
    const result = await prepareEvidence(file, { allow: ['image', 'pdf'] });
    if (!result.ok) throw new Error(result.message);
    expect(await result.blob.text()).to.equal(PDF_BYTES);
    expect(result.type).to.equal('application/pdf');
    expect(result.sha256).to.equal(await hex(new Blob([PDF_BYTES])));
  });

  it('refuses an SVG, even one named as a photo, saying why', async () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    for (const name of ['plan.svg', 'photo.png']) {
      const result = await prepareEvidence(new File([svg], name, { type: 'image/svg+xml' }), {
        allow: ['image', 'pdf'],
      });
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.message)
        .to.contain('SVG or web page')
        .and.contain('cannot be added');
    }
  });

  it('refuses an HTML page, including one starting with a byte-order mark and blank lines', async () => {
    const result = await prepareEvidence(new File(['\ufeff\n  <html><body>hi</body></html>'], 'invoice.pdf'), {
      allow: ['pdf'],
    });
    expect(!result.ok && result.message).to.contain('SVG or web page');
  });

  it('refuses a text file named .png, naming what is accepted', async () => {
    const result = await prepareEvidence(new File(['just some text'], 'photo.png', { type: 'image/png' }), {
      allow: ['image'],
    });
    expect(!result.ok && result.message).to.equal(
      '“photo.png” is not a photo (JPEG, PNG or WebP), whatever its name says. Choose a photo (JPEG, PNG or WebP).',
    );
  });

  it('refuses a PDF where only photos are wanted, and a photo where only PDFs are', async () => {
    const pdf = await prepareEvidence(new File([PDF_BYTES], 'x.pdf'), { allow: ['image'] });
    expect(!pdf.ok && pdf.message).to.contain('Choose a photo');
    const photo = await prepareEvidence(new File([await canvasBlob('image/png')], 'x.png'), { allow: ['pdf'] });
    expect(!photo.ok && photo.message).to.contain('Choose a PDF');
  });

  it('refuses empty and oversized files with their size', async () => {
    const empty = await prepareEvidence(new File([], 'blank.jpg'), { allow: ['image'] });
    expect(!empty.ok && empty.message).to.contain('is empty');
    const big = await prepareEvidence(new File([PDF_BYTES + 'x'.repeat(2 * 1024 * 1024)], 'big.pdf'), {
      allow: ['pdf'],
      maxBytes: 1024 * 1024,
    });
    expect(!big.ok && big.message).to.equal('“big.pdf” is 2.0 MB. Files must be 1.0 MB or smaller.');
  });

  it('refuses a damaged picture whose first bytes look right', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
    const result = await prepareEvidence(new File([bytes], 'broken.png'), { allow: ['image'] });
    expect(!result.ok && result.message).to.contain('could not be opened as a picture');
  });

  it('refuses a picture still over the limit after re-encoding', async () => {
    // Noise saved at very low JPEG quality is small; re-encoded at normal quality it grows past the limit.
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 300;
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(300, 300);
    for (let i = 0; i < pixels.data.length; i += 1) pixels.data[i] = (i * 7919) % 251;
    context.putImageData(pixels, 0, 0);
    const source = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.05));
    const result = await prepareEvidence(new File([source], 'noise.jpg'), { allow: ['image'], maxBytes: source.size });
    expect(!result.ok && result.message).to.contain('after resizing');
  });

  it('strips folders and control characters from the name it keeps', async () => {
    const result = await prepareEvidence(new File([PDF_BYTES], 'C:\\scans\\inv\u0007oice.pdf'), { allow: ['pdf'] });
    expect(result.ok && result.originalName).to.equal('invoice.pdf');
  });
});
