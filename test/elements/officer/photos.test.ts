import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { deepActiveElement } from '../../helpers/keyboard.ts';
import { pdfText } from '../../helpers/pdf.ts';
import { buttonNamed, downloadedPdf } from './downloads.ts';
import { fillWorkedExample } from './fill.ts';
import { finalise } from './finalise-fill.ts';
import { freshDatabase, officerFixture, q, setValue } from './fixture.ts';

const HAZARD = 'damp-and-mould-growth';

function png(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#505a5f';
  context.fillRect(0, 0, 64, 48);
  return new Promise((resolve) =>
    canvas.toBlob((blob) => resolve(new File([blob!], name, { type: 'image/png' })), 'image/png'),
  );
}

async function attach(root: ShadowRoot, file: File): Promise<void> {
  const input = q<HTMLInputElement>(root, `#photo-input-${HAZARD}`);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('<hhsrs-assessor mode="officer"> photos per hazard', () => {
  beforeEach(freshDatabase);

  it('keeps a re-encoded photo as evidence for the hazard, refuses an SVG, and removes a photo on request', async function () {
    this.timeout(30000);
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await attach(root, await png('bedroom-ceiling.png'));
    await waitUntil(() => root.querySelector('[data-photo]'), 'the photo is not listed', { timeout: 20000 });
    const ref = view.assessment.hazards[0]!.photos![0]!;
    expect(ref.originalName).to.equal('bedroom-ceiling.png');
    const img = q<HTMLImageElement>(root, `[data-photo="${ref.id}"] img`);
    expect(img.src).to.match(/^blob:/);
    expect(img.alt).to.equal('Photo for 1. Damp and mould growth: bedroom-ceiling.png');
    const [stored] = await view.draft.repository!.listEvidence('test-officer');
    expect(stored).to.include({
      id: ref.id,
      owner: 'test-officer',
      recordId: `${view.assessment.id}:${HAZARD}`,
      kind: 'photo',
      sha256: ref.sha256,
    });
    await expectAccessible(view, 'photo listed');

    // Where a strict CSP blocks blob: images, the preview fails and a placeholder stands in.
    img.dispatchEvent(new Event('error'));
    await view.updateComplete;
    expect(q(root, `[data-photo="${ref.id}"]`).textContent).to.contain('No preview');

    await attach(
      root,
      new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], 'mould.svg', { type: 'image/svg+xml' }),
    );
    await waitUntil(() => root.querySelector(`#photos-${HAZARD}-problem`), 'the SVG was not refused', {
      timeout: 20000,
    });
    await view.updateComplete;
    expect(deepActiveElement()?.id).to.equal(`photos-${HAZARD}-problem`);
    expect(q(root, `#photos-${HAZARD}-problem`).textContent).to.contain('“mould.svg” is an SVG or web page file');
    expect(view.assessment.hazards[0]!.photos).to.have.length(1);
    await expectAccessible(view, 'photo refused');

    buttonNamed(root, 'Remove bedroom-ceiling.png from 1. Damp and mould growth').click();
    await waitUntil(() => !root.querySelector('[data-photo]'), 'the photo is still listed', { timeout: 20000 });
    expect(deepActiveElement()?.id).to.equal(`photos-${HAZARD}-add`);
    expect(await view.draft.repository!.listEvidence('test-officer'), 'its file is deleted').to.deep.equal([]);
    expect(view.assessment.hazards[0]!.photos).to.deep.equal([]);
  });

  it('prints each photo’s name and SHA-256 on a finalised PDF, and keeps a kept revision’s photo when a later one drops it', async function () {
    this.timeout(60000);
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await attach(root, await png('bedroom-ceiling.png'));
    await waitUntil(() => root.querySelector('[data-photo]'), 'the photo is not listed', { timeout: 20000 });
    const ref = view.assessment.hazards[0]!.photos![0]!;
    await finalise(view, root, 'Aled Officer');
    const { text } = await pdfText(await downloadedPdf(buttonNamed(root, 'Download PDF')));
    expect(text.replace(/\s+/g, ' ')).to.contain(`bedroom-ceiling.png — SHA-256 ${ref.sha256}`);

    buttonNamed(root, 'Make changes as a new revision').click();
    await waitUntil(() => root.querySelector('[data-photo]'), 'editable again', { timeout: 20000 });
    buttonNamed(root, 'Remove bedroom-ceiling.png from 1. Damp and mould growth').click();
    await waitUntil(() => !root.querySelector('[data-photo]'), 'removed from revision 2', { timeout: 20000 });
    const kept = await view.draft.repository!.listEvidence('test-officer');
    expect(
      kept.map((e) => e.id),
      'revision 1 still refers to it',
    ).to.deep.equal([ref.id]);
  });

  it('deletes an assessment’s photos with it', async function () {
    this.timeout(30000);
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await attach(root, await png('bedroom-ceiling.png'));
    await waitUntil(() => root.querySelector('[data-photo]'), 'the photo is not listed', { timeout: 20000 });
    const first = view.draft.key!;
    buttonNamed(root, 'Start a new assessment').click();
    await waitUntil(() => view.draft.key !== first, 'no new assessment', { timeout: 20000 });
    await setValue(root, '#details-address', '3 Harbour View', view);
    await view.draft.flush();
    q<HTMLElement>(root, 'details summary').click();
    await waitUntil(() => root.querySelectorAll('.drafts li').length === 2, 'both listed', { timeout: 20000 });
    buttonNamed(root, 'Delete Flat 2, 14 Mill Lane — MILL-14-2').click();
    // The question comes with the code that deletes, fetched on first use.
    await waitUntil(() => root.querySelector('#confirm-delete'), 'the question was not asked', { timeout: 20000 });
    buttonNamed(root, 'Yes, delete it').click();
    await waitUntil(
      async () => (await view.draft.repository!.listEvidence('test-officer')).length === 0,
      'the photo outlived its assessment',
      { timeout: 20000 },
    );
  });
});
