import { expect } from '@open-wc/testing';
import { downloadBlob } from '../../src/print/download.ts';

describe('downloadBlob', () => {
  it('offers the blob under the given file name, then tidies up the link and the object URL', async () => {
    let clicked: HTMLAnchorElement | undefined;
    const onClick = (event: MouseEvent): void => {
      clicked = event.target as HTMLAnchorElement;
      // Stops the browser saving a real file during the test.
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    try {
      downloadBlob(new Blob(['%PDF-1.3'], { type: 'application/pdf' }), 'assessment-4-heol-y-wydd.pdf');
    } finally {
      document.removeEventListener('click', onClick);
    }
    expect(clicked?.download).to.equal('assessment-4-heol-y-wydd.pdf');
    expect(clicked?.href).to.match(/^blob:/);
    expect(clicked?.isConnected).to.equal(false);
    expect(await (await fetch(clicked!.href)).text()).to.equal('%PDF-1.3');
    await new Promise((resolve) => setTimeout(resolve, 10));
    let revoked = false;
    await fetch(clicked!.href).catch(() => (revoked = true));
    expect(revoked).to.equal(true);
  });
});
