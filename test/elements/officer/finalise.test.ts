import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { deepActiveElement } from '../../helpers/keyboard.ts';
import { pdfText } from '../../helpers/pdf.ts';
import { fillWorkedExample } from './fill.ts';
import { clickFinalise, finalise, recomputedFingerprint } from './finalise-fill.ts';
import { buttonNamed, downloadedPdf } from './downloads.ts';
import { addHazard, freshDatabase, officerFixture, q, setValue } from './fixture.ts';

/** The assessment's own inputs (the statement of reasons has its own form). */
const inputs = (root: ShadowRoot) =>
  [...root.querySelectorAll('input:not([type="file"]), select, textarea')].filter(
    (el) => !el.closest('[data-statement]'),
  );
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('<hhsrs-assessor mode="officer"> finalising', () => {
  beforeEach(freshDatabase);

  it('refuses to finalise an incomplete assessment, listing what is missing', async () => {
    const { view, root } = await officerFixture();
    await addHazard(root, 'fire', view);
    await clickFinalise(view, root);
    await view.updateComplete;
    expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
    expect([...root.querySelectorAll('.error-summary a')].map((a) => a.textContent)).to.include.members([
      'Enter the address of the dwelling',
      'Choose the likelihood for 24. Fire',
      'Enter a justification for 24. Fire: what you saw and where',
    ]);
    expect(root.querySelector('#finalise-name'), 'no name is asked for yet').to.equal(null);
    expect(view.assessment.finalised).to.equal(undefined);
    await expectAccessible(view, 'finalise refused');
  });

  it('asks for the officer’s name and will not finalise without one', async () => {
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await clickFinalise(view, root);
    expect(deepActiveElement()?.id).to.equal('finalise-name');
    await expectAccessible(view, 'name asked');
    await setValue(root, '#finalise-name', '   ', view);
    buttonNamed(root, 'Finalise the assessment').click();
    await view.updateComplete;
    await view.updateComplete;
    expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
    expect(q(root, '.error-summary a').textContent).to.equal('Enter your name to finalise the assessment');
    expect(q(root, '#finalise-name-error').textContent).to.contain('Enter your name to finalise the assessment');
    expect(q(root, '#finalise-name').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(view, 'blank name');
    buttonNamed(root, 'Cancel').click();
    await view.updateComplete;
    expect(deepActiveElement()?.id).to.equal('finalise-button');
    expect(view.assessment.finalised).to.equal(undefined);
  });

  it('finalises read-only with the name, time and SHA-256 on the PDF; a new revision keeps the old one, whose hash still verifies', async function () {
    this.timeout(60000);
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    const firstKey = view.draft.key!;
    await finalise(view, root, 'Aled Officer');

    // Read-only: the inputs are gone; the banner says who, when, and the fingerprint.
    expect(inputs(root)).to.have.length(0);
    const hash = q(root, '[data-sha256]').textContent!;
    expect(hash).to.match(/^[0-9a-f]{64}$/);
    expect(q(root, '[data-finalised]').textContent).to.contain('Revision 1, finalised by Aled Officer on');
    expect(deepActiveElement()?.id).to.equal('finalised-title');
    expect(q(root, '[data-document]').textContent).to.contain('Black mould on the bedroom ceiling, 1.5 m²');
    const stored = await view.draft.repository!.getDraft<Record<string, unknown>>(firstKey);
    expect(await recomputedFingerprint(stored!.value)).to.equal(hash);
    await expectAccessible(view, 'finalised');

    const { text } = await pdfText(await downloadedPdf(buttonNamed(root, 'Download PDF')));
    expect(flat(text)).to.contain('Finalised by Aled Officer');
    expect(flat(text)).to.match(/Finalised at \d{1,2} \w+ 20\d\d at \d\d:\d\d UK time/);
    const printed = /SHA-256 fingerprint: ([0-9a-f]{64})/.exec(flat(text))?.[1];
    expect(printed, 'the PDF prints the SHA-256').to.equal(hash);

    // A later change: the finalised record is kept under …@r1, and this becomes revision 2.
    buttonNamed(root, 'Make changes as a new revision').click();
    await waitUntil(() => root.querySelector('#details-address'), 'editable again', { timeout: 20000 });
    await view.updateComplete;
    expect(deepActiveElement()?.id).to.equal('revision-note');
    expect(q(root, '#revision-note').textContent).to.contain(
      'You are editing revision 2. Revision 1 is kept unchanged',
    );
    expect(view.assessment.previous).to.deep.equal({ key: `${firstKey}@r1`, revision: 1, sha256: hash });
    await expectAccessible(view, 'new revision');
    await setValue(root, '#details-address', 'Flat 2A, 14 Mill Lane', view);
    await setValue(root, '#hazard-0-justification', 'Black mould on the bedroom ceiling, now 2 m².', view);
    await view.draft.flush();

    const kept = await view.draft.repository!.getDraft<Record<string, unknown>>(`${firstKey}@r1`);
    expect(kept!.kind).to.equal('assessment-revision');
    expect(
      await recomputedFingerprint(kept!.value),
      'the kept revision still gives the hash printed on its PDF',
    ).to.equal(printed);

    // The kept revision is listed as read-only, cannot be deleted, and opens read-only.
    q<HTMLElement>(root, 'details summary').click();
    await waitUntil(() => root.querySelector(`[data-draft="${firstKey}@r1"]`), 'the revision is listed', {
      timeout: 20000,
    });
    const item = q(root, `[data-draft="${firstKey}@r1"]`);
    expect(item.textContent).to.contain('Flat 2, 14 Mill Lane — MILL-14-2 — revision 1, finalised');
    expect(item.textContent).to.contain('Read-only');
    expect(item.textContent).not.to.contain('Delete');
    (item.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(
      () => view.draft.key === `${firstKey}@r1` && root.querySelector('[data-finalised]'),
      'the revision opened',
      { timeout: 20000 },
    );
    await view.updateComplete;
    expect(inputs(root)).to.have.length(0);
    expect(q(root, '#finalised-title').textContent).to.equal('Revision 1 (read-only)');
    expect(q(root, '[data-sha256]').textContent).to.equal(printed);
    expect(root.textContent).not.to.contain('Make changes as a new revision');
    await expectAccessible(view, 'kept revision');
    buttonNamed(root, 'Check fingerprint').click();
    await waitUntil(() => root.querySelector('[data-fingerprint-check] p'), 'checked', { timeout: 20000 });
    expect(q(root, '[data-fingerprint-check]').textContent).to.contain('The fingerprint matches');
    // Nothing the page does saves over a kept revision.
    view.commitAssessment({ ...view.assessment, details: { ...view.assessment.details, address: 'changed' } });
    await view.draft.flush();
    expect((await view.draft.repository!.getDraft(`${firstKey}@r1`))!.revision).to.equal(kept!.revision);

    buttonNamed(root, 'Open the current revision').click();
    await waitUntil(() => view.draft.key === firstKey && root.querySelector('#details-address'), 'back to revision 2', {
      timeout: 20000,
    });
    expect(q<HTMLInputElement>(root, '#details-address').value).to.equal('Flat 2A, 14 Mill Lane');
  });

  it('says when the stored record no longer matches its fingerprint', async () => {
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await finalise(view, root, 'Aled Officer');
    buttonNamed(root, 'Check fingerprint').click();
    await waitUntil(() => root.querySelector('[data-fingerprint-check] p'), 'checked', { timeout: 20000 });
    expect(q(root, '[data-fingerprint-check]').textContent).to.contain(
      'The fingerprint matches: the record has not changed since it was finalised.',
    );
    expect(deepActiveElement()?.id).to.equal('fingerprint-check');

    // Someone edits the stored record behind the page's back.
    const repository = view.draft.repository!;
    const stored = await repository.getDraft<{ details: { address: string } }>(view.draft.key!);
    const tampered = { ...stored!.value, details: { ...stored!.value.details, address: 'Flat 3, 14 Mill Lane' } };
    await repository.saveDraft({ ...stored!, value: tampered }, stored!.revision, new Date().toISOString());
    buttonNamed(root, 'Check fingerprint').click();
    await waitUntil(
      () => root.querySelector('[data-fingerprint-check]')?.textContent?.includes('does not match'),
      'mismatch reported',
      { timeout: 20000 },
    );
    expect(q(root, '[data-fingerprint-check]').textContent).to.contain(
      'the address differs from when it was finalised',
    );
    await expectAccessible(view, 'fingerprint mismatch');
  });

  type Stored = {
    details: Record<string, unknown>;
    hazards: { justification: string }[];
    finalised: Record<string, unknown>;
    statement?: unknown;
  };
  const tamperings: [string, (value: Stored) => Stored, string][] = [
    [
      'who finalised it',
      (v) => ({ ...v, finalised: { ...v.finalised, by: 'Someone Else' } }),
      'who finalised it differs',
    ],
    [
      'when',
      (v) => ({ ...v, finalised: { ...v.finalised, at: '2020-01-01T09:00:00.000Z' } }),
      'when it was finalised differs',
    ],
    [
      'the statement of reasons',
      (v) => ({
        ...v,
        statement: {
          action: '',
          date: '',
          hazardIds: [],
          sections: [{ id: 'x', heading: 'Reasons', text: 'Added later.' }],
        },
      }),
      'the statement of reasons differs',
    ],
    [
      'a hazard’s justification',
      (v) => ({ ...v, hazards: v.hazards.map((h, i) => (i === 0 ? { ...h, justification: 'Nothing much.' } : h)) }),
      'hazard 1 (damp-and-mould-growth), its figures or justification differs',
    ],
  ];
  tamperings.forEach(([name, tamper, words]) =>
    it(`reports, on opening, a stored finalised record whose ${name} was changed`, async () => {
      const { view, root } = await officerFixture();
      await fillWorkedExample(view, root);
      await finalise(view, root, 'Aled Officer');
      const key = view.draft.key!;
      const repository = view.draft.repository!;
      const stored = await repository.getDraft<Stored>(key);
      await repository.saveDraft(
        { ...stored!, value: tamper(stored!.value) },
        stored!.revision,
        new Date().toISOString(),
      );
      const again = await officerFixture();
      expect(again.view.draft.key).to.equal(key);
      await waitUntil(() => again.root.querySelector('[data-fingerprint-check] p'), 'checked on opening', {
        timeout: 20000,
      });
      const said = q(again.root, '[data-fingerprint-check]').textContent!;
      expect(said).to.contain('This assessment’s fingerprint does not match its contents:');
      expect(said).to.contain(words);
    }),
  );
});
