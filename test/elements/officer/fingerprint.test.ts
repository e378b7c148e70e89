import { expect, fixtureCleanup } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import type { Assessment } from '../../../src/schema/assessment.ts';
import { assessmentFile } from '../../../src/schema/assessment-values.ts';
import { canonicalJson } from '../../../src/schema/canonical.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { pdfText } from '../../helpers/pdf.ts';
import { buttonNamed, downloadedPdf } from './downloads.ts';
import { fillWorkedExample } from './fill.ts';
import { finalise } from './finalise-fill.ts';
import { choose, freshDatabase, officerFixture, q } from './fixture.ts';

type Stored = Record<string, unknown> & { finalised?: Record<string, unknown>; details: Record<string, unknown> };

/** The SHA-256 of a value's canonical JSON, worked out here with the browser's own digest. */
async function sha256Of(value: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Chooses a file in the officer's "Import from file", as a user does. */
function importFile(root: ShadowRoot, text: string): void {
  const input = q<HTMLInputElement>(root, '#import-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'assessment.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** A finalised worked example, as stored, and a way to change it in IndexedDB by hand, behind the page's back. */
async function finalisedRecord() {
  const { view, root } = await officerFixture();
  await fillWorkedExample(view, root);
  await finalise(view, root, 'Aled Officer');
  const key = view.draft.key!;
  const repository = view.draft.repository!;
  await view.draft.flush();
  const stored = (await repository.getDraft<Stored>(key))!;
  const storeByHand = (value: unknown) =>
    repository.saveDraft({ ...stored, value }, stored.revision, new Date().toISOString());
  return { view, root, key, stored: stored.value, storeByHand };
}

describe('<hhsrs-assessor mode="officer"> fingerprint checks', () => {
  beforeEach(freshDatabase);

  it('warns, with a way to open it, when a record whose finalised block was deleted has a finalised revision in its history', async function () {
    this.timeout(30000);
    const { key, stored, storeByHand } = await finalisedRecord();
    // Someone deletes the finalised block in IndexedDB by hand: the record would look like an ordinary draft.
    const { finalised: _f, ...draftLike } = stored;
    await storeByHand(draftLike);
    fixtureCleanup();

    const again = await officerFixture();
    expect(again.view.draft.key).to.equal(key);
    await waitUntil(
      () => again.root.querySelector('[data-lost-finalised]'),
      'no warning about the lost finalised revision',
      { timeout: 20000 },
    );
    const said = q(again.root, '[data-lost-finalised]').textContent!.replace(/\s+/g, ' ');
    expect(said).to.match(
      /This assessment was finalised on \d{1,2} \w+ 20\d\d at \d\d:\d\d UK time as revision 1; the stored record no longer says so/,
    );
    expect(said).to.contain('it may have been changed outside this tool');
    await expectAccessible(again.view, 'finalised block deleted');
    buttonNamed(again.root, 'Open the finalised revision 1').click();
    await waitUntil(
      () => again.view.draft.key === `${key}@r1` && again.root.querySelector('[data-finalised]'),
      'the revision did not open',
      { timeout: 20000 },
    );
    await waitUntil(() => again.root.querySelector('[data-fingerprint-check] p'), 'checked on opening', {
      timeout: 20000,
    });
    expect(q(again.root, '[data-fingerprint-check]').textContent).to.contain('The fingerprint matches');
    expect(again.root.querySelector('[data-lost-finalised]')).to.equal(null);
  });

  it('gives no such warning for a new revision made in this tool', async function () {
    this.timeout(30000);
    const { view, root } = await finalisedRecord();
    buttonNamed(root, 'Make changes as a new revision').click();
    await waitUntil(() => root.querySelector('#details-address'), 'editable again', { timeout: 20000 });
    await view.draft.flush();
    const key = view.draft.key!;
    fixtureCleanup();
    const again = await officerFixture();
    // Once the list shows the kept revision, the warning would be drawn if it applied.
    await waitUntil(() => again.root.querySelector(`[data-draft="${key}@r1"]`), 'the kept revision is not listed', {
      timeout: 20000,
    });
    await again.view.updateComplete;
    expect(again.view.assessment.previous?.revision).to.equal(1);
    expect(again.root.querySelector('[data-lost-finalised]')).to.equal(null);
  });

  it('marks, in the list of assessments, a finalised record that no longer matches its fingerprint', async function () {
    this.timeout(30000);
    const { view, root, key, stored, storeByHand } = await finalisedRecord();
    await storeByHand({ ...stored, details: { ...stored.details, address: 'Flat 3, 14 Mill Lane' } });
    buttonNamed(root, 'Start a new assessment').click();
    q<HTMLElement>(root, 'details summary').click();
    await waitUntil(
      () => root.querySelector(`[data-draft="${key}"] [data-fingerprint-differs]`),
      'the changed record is not marked',
      { timeout: 20000 },
    );
    expect(q(root, `[data-draft="${key}"]`).textContent).to.contain('Fingerprint does not match');
    expect(q(root, `[data-draft="${key}@r1"]`).textContent, 'the kept revision is unchanged').not.to.contain(
      'Fingerprint does not match',
    );
    await expectAccessible(view, 'list with a mismatch');
  });

  it('says so when importing an edited export of a finalised assessment, and brings it in as a draft', async function () {
    this.timeout(30000);
    const { view, root } = await finalisedRecord();
    const exported = JSON.parse(assessmentFile(view.assessment, new Date().toISOString())) as {
      assessment: Assessment;
    };
    exported.assessment.hazards[0]!.justification = 'Nothing much.';
    importFile(root, JSON.stringify(exported));
    await waitUntil(() => root.querySelector('[data-import-fingerprint]'), 'the mismatch was not said', {
      timeout: 20000,
    });
    const said = q(root, '[data-import-fingerprint]').textContent!;
    expect(said).to.contain(
      'This assessment’s fingerprint does not match its contents: hazard 1 (damp-and-mould-growth), its figures or justification differs',
    );
    expect(said).to.contain('It was imported as a new draft, not as a finalised assessment.');
    expect(view.assessment.finalised).to.equal(undefined);
    expect(view.assessment.hazards[0]!.justification).to.equal('Nothing much.');
    await expectAccessible(view, 'edited import');
  });

  it('saves the statement’s fingerprint with the statement, so a page closed straight after an edit still matches', async function () {
    this.timeout(30000);
    const { view, root, key } = await finalisedRecord();
    await choose(root, '#statement-action-prohibition-order', view);
    await view.draft.flush();
    // The officer types a date and closes the page at once: nothing after the page-hide can run.
    const date = q<HTMLInputElement>(root, '#statement-date');
    date.value = '2026-03-02';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await view.draft.flush();
    const stored = (await view.draft.repository!.getDraft<Stored & { statement: unknown }>(key))!.value;
    expect((stored.statement as { date: string }).date).to.equal('2026-03-02');
    expect(stored.finalised!['statementSha256'], 'the stored statement’s fingerprint is its own').to.equal(
      await sha256Of(stored.statement),
    );
    fixtureCleanup();

    const again = await officerFixture();
    await waitUntil(() => again.root.querySelector('[data-fingerprint-check] p'), 'checked on opening', {
      timeout: 20000,
    });
    expect(q(again.root, '[data-fingerprint-check]').textContent).to.contain('The fingerprint matches');
  });

  it('prints the record’s and the statement’s fingerprints on the PDF, whole, so a printed copy can be compared', async function () {
    this.timeout(60000);
    const { view, root, key } = await finalisedRecord();
    await choose(root, '#statement-action-improvement-notice', view);
    await view.draft.flush();
    const stored = (await view.draft.repository!.getDraft<Stored>(key))!.value;
    const { text } = await pdfText(await downloadedPdf(buttonNamed(root, 'Download PDF')));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).to.contain(`SHA-256 fingerprint: ${stored.finalised!['sha256']}`);
    expect(flat).to.contain(`Statement of reasons SHA-256: ${stored.finalised!['statementSha256']}`);
    expect(flat).to.contain(
      'It covers every field, including who finalised it, when, the revision and the scheme data',
    );
  });
});
