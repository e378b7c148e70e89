import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { ASSESSMENT_LIMITS, emptyAssessment } from '../../../src/schema/assessment-values.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import type { HhsrsAssessor } from '../../../src/elements/hhsrs-assessor/hhsrs-assessor.ts';
import type { OfficerAssessment } from '../../../src/elements/hhsrs-assessor/officer/officer-assessment.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { captureDownloads } from '../../helpers/downloads.ts';
import { addHazard, freshDatabase, officerFixture, partsLoaded, q, setValue } from './fixture.ts';

const statusLine = (root: ShadowRoot) => q(root, '[data-save-status]').textContent!.trim();

describe('<hhsrs-assessor mode="officer"> never loses a record', function () {
  // Each case opens the element twice and checks accessibility on a shared 2-core machine.
  this.timeout(30_000);
  beforeEach(freshDatabase);

  const fields = [
    { selector: '#details-address', name: 'the address', limit: ASSESSMENT_LIMITS.address },
    { selector: '#details-reference', name: 'the property reference', limit: ASSESSMENT_LIMITS.reference },
    { selector: '#details-inspector', name: 'the inspector', limit: ASSESSMENT_LIMITS.inspector },
    { selector: '#details-occupiers', name: 'the ages of the occupiers', limit: ASSESSMENT_LIMITS.occupiers },
    { selector: '#details-notes', name: 'the notes', limit: ASSESSMENT_LIMITS.notes },
    {
      selector: '#hazard-0-justification',
      name: 'the justification for hazard 1',
      limit: ASSESSMENT_LIMITS.justification,
    },
  ];
  for (const { selector, name, limit } of fields) {
    it(`at ${limit + 1} characters in ${name}, says so, drops nothing typed and re-opens everything saved`, async () => {
      const { view, root } = await officerFixture();
      await addHazard(root, 'damp-and-mould-growth', view);
      await setValue(root, '#details-address', 'Flat 2, 14 Mill Lane', view);
      await view.draft.flush();
      const long = 'x'.repeat(limit + 1);
      await setValue(root, selector, long, view);
      await view.draft.flush();
      await view.updateComplete;
      expect(q<HTMLInputElement>(root, selector).value).to.equal(long);
      expect(q(root, `${selector}-count`).textContent!.trim()).to.equal('You have 1 character too many');
      expect(statusLine(root)).to.equal(`Not saved: ${name} is 1 character too long. Shorten it to save your work.`);
      await expectAccessible(view, `${name} one character too long`);

      await setValue(root, selector, long.slice(1), view);
      await view.draft.flush();
      await view.updateComplete;
      expect(q(root, `${selector}-count`).textContent!.trim()).to.equal('You have 0 characters remaining');
      expect(statusLine(root)).to.match(/^Saved in this browser at /);
      fixtureCleanup();

      const again = await officerFixture();
      await partsLoaded(again.view);
      expect(q<HTMLInputElement>(again.root, selector).value).to.equal(long.slice(1));
      expect(again.view.assessment.hazards.map((h) => h.hazardId)).to.deep.equal(['damp-and-mould-growth']);
    });
  }

  it('keeps a stored assessment it cannot read aside, says what could not be read, and exports it as it was', async () => {
    const storageKey = 'test-officer';
    const broken = {
      ...emptyAssessment('old'),
      details: { ...emptyAssessment('old').details, address: '3 Pier Road', notes: 'n'.repeat(25_000) },
    };
    const db = await openDatabase();
    const record = {
      key: `${storageKey}/old`,
      kind: 'assessment',
      title: '3 Pier Road',
      value: broken,
      revision: 4,
      createdAt: '2026-01-01T09:00:00Z',
      updatedAt: '2026-01-01T10:00:00Z',
      schemaVersion: 1,
    };
    await db.put('drafts', record);
    db.close();

    const { view, root } = await officerFixture(storageKey);
    await waitUntil(() => root.querySelector('[data-unreadable]'), 'no banner for the unreadable record');
    const banner = q(root, '[data-unreadable]');
    expect(banner.textContent).to.contain('A saved assessment could not be read');
    expect(banner.textContent).to.contain('details.notes: must have at most 20000 characters');
    await expectAccessible(view, 'unreadable record banner');

    const downloads = captureDownloads();
    try {
      [...banner.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Export the unreadable record'))!
        .click();
      expect(downloads.blobs).to.have.length(1);
      expect(JSON.parse(await downloads.blobs[0]!.text())).to.deep.equal(record);
    } finally {
      downloads.restore();
    }

    await setValue(root, '#details-address', 'Typed after opening', view);
    await view.draft.flush();
    const kept = await view.draft.repository!.getDraft(banner.dataset['unreadable']!);
    expect(kept?.value).to.deep.equal(record);
    fixtureCleanup();

    const again = await officerFixture(storageKey);
    await waitUntil(() => again.root.querySelector('[data-unreadable]'), 'the unreadable record is no longer listed');
  });

  it('asks before deleting an unreadable record, and keeps it on Cancel', async () => {
    const storageKey = 'test-officer';
    const db = await openDatabase();
    const old = emptyAssessment('old');
    const broken = { ...old, details: { ...old.details, notes: 'n'.repeat(25_000) } };
    await db.put('drafts', {
      key: `${storageKey}/old`,
      kind: 'assessment',
      title: 'Old',
      value: broken,
      revision: 1,
      createdAt: '2026-01-01T09:00:00Z',
      updatedAt: '2026-01-01T10:00:00Z',
      schemaVersion: 1,
    });
    db.close();
    const { view, root } = await officerFixture(storageKey);
    await waitUntil(() => root.querySelector('[data-unreadable]'), 'no banner for the unreadable record');
    const key = q(root, '[data-unreadable]').dataset['unreadable']!;
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

    button('Delete the unreadable record').click();
    await view.updateComplete;
    const question = q(root, '[data-confirm-unreadable]').textContent;
    expect(question).to.contain('If you have not exported it, it will be lost.');
    expect(await view.draft.repository!.getDraft(key)).not.to.equal(undefined);
    await expectAccessible(view, 'asking before deleting an unreadable record');
    button('Cancel').click();
    await view.updateComplete;
    expect(root.querySelector('[data-confirm-unreadable]')).to.equal(null);
    expect(await view.draft.repository!.getDraft(key)).not.to.equal(undefined);

    button('Delete the unreadable record').click();
    await view.updateComplete;
    button('Yes, delete it').click();
    await waitUntil(() => !root.querySelector('[data-unreadable]'), 'the banner stayed after deleting');
    expect(await view.draft.repository!.getDraft(key)).to.equal(undefined);
  });

  it('opens an assessment stored under the key layout of earlier versions (<storage-key>/<id>)', async () => {
    const db = await openDatabase();
    const fresh = emptyAssessment('a1b2');
    const value = { ...fresh, details: { ...fresh.details, address: '9 Old Key Row' } };
    await db.put('drafts', {
      key: 'test-officer/a1b2',
      kind: 'assessment',
      title: '9 Old Key Row',
      value,
      revision: 2,
      createdAt: '2025-05-01T09:00:00Z',
      updatedAt: '2025-05-01T10:00:00Z',
      schemaVersion: 1,
    });
    db.close();
    const { view, root } = await officerFixture('test-officer');
    await partsLoaded(view);
    expect(q<HTMLInputElement>(root, '#details-address').value).to.equal('9 Old Key Row');
    expect(view.draft.key).to.equal('test-officer/a1b2');
  });
});

describe('<hhsrs-assessor mode="officer"> when the browser will not store', () => {
  it('says "Not saved — kept in this page only", never "Saved"', async () => {
    const repository = new MemoryRepository();
    const host = await fixture<HhsrsAssessor>(
      html`<hhsrs-assessor mode="officer" storage-key="memory-officer" .repository=${repository}></hhsrs-assessor>`,
    );
    const view = host.shadowRoot!.querySelector('hhsrs-officer-assessment') as OfficerAssessment;
    await waitUntil(() => view.draft.value && view.draft.status !== 'loading', 'the draft did not load');
    const root = view.shadowRoot!;
    await setValue(root, '#details-address', '1 Dock Street', view);
    await view.draft.flush();
    await view.updateComplete;
    expect(statusLine(root)).to.equal(
      'Not saved — kept in this page only. To keep it, export it to a file or print it before you close the page.',
    );
    expect(root.textContent).not.to.contain('Saved in this browser');
    expect(q(root, '[data-notice]').textContent).to.contain(
      'This browser is not letting the page save (it may be in private mode)',
    );
    q<HTMLElement>(root, 'details summary').click();
    await view.updateComplete;
    expect(q(root, '[data-list-not-saved]').textContent).to.match(/^Not saved — kept in this page only\./);
    await expectAccessible(view, 'assessments kept in this page only');
  });
});
