import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { deepActiveElement } from '../../helpers/keyboard.ts';
import { pdfText } from '../../helpers/pdf.ts';
import { buttonNamed, downloadedPdf } from './downloads.ts';
import { fillTwoHazards, finalise, recomputedFingerprint } from './finalise-fill.ts';
import { choose, freshDatabase, officerFixture, q, setValue } from './fixture.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');
const DAMP = 'Black mould on the bedroom ceiling, 1.5 m².';
const COLD = 'No fixed heating in the living room; night storage heater disconnected.';
// Sch. 1 para 14(1): appeal within the 21 days beginning with the day of service → 2 March 2026 + 20.
const APPEAL = 'served 2026-03-02 + 20 days (the last of the 21 days beginning with the day of service) = 2026-03-22';
// s.13: works may not be required to start before the 28th day after service → 2 March 2026 + 28.
const WORKS = 'served 2026-03-02 + 28 days (not earlier than the 28th day after the day of service) = 2026-03-30';

describe('<hhsrs-assessor mode="officer"> statement of reasons (s.8)', () => {
  beforeEach(freshDatabase);

  it('drafts an improvement notice statement from each hazard’s justification, with the deadlines and their formulas', async function () {
    this.timeout(60000);
    const { view, root } = await officerFixture();
    await fillTwoHazards(view, root);
    await finalise(view, root, 'Aled Officer');
    const hash = q(root, '[data-sha256]').textContent!;

    // Nothing chosen: drafting says what is missing.
    buttonNamed(root, 'Draft the statement').click();
    await view.updateComplete;
    await view.updateComplete;
    expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
    expect([...root.querySelectorAll('.error-summary a')].map((a) => a.textContent)).to.deep.equal([
      'Select the action you are taking',
      'Select the hazards the action deals with',
      'Enter the date of service',
    ]);
    await expectAccessible(view, 'statement errors');

    // Emergency measures deal with Category 1 hazards only.
    await choose(root, '#statement-action-emergency-prohibition-order', view);
    expect(root.querySelector('#statement-hazard-damp-and-mould-growth')).to.equal(null);
    expect(q(root, 'label[for="statement-date"]').textContent).to.equal('Date the order is made');
    await choose(root, '#statement-action-improvement-notice', view);
    await choose(root, '#statement-hazard-damp-and-mould-growth', view);
    await choose(root, '#statement-hazard-excess-cold', view);
    // Left by hand on 2 March 2026: served that day (Interpretation Act 1978 s.7).
    await choose(root, '#statement-method-by-hand', view);
    await setValue(root, '#statement-sent', '2026-03-02', view);
    expect(root.querySelector('.error-summary'), 'errors clear as they are fixed').to.equal(null);
    buttonNamed(root, 'Draft the statement').click();
    await view.updateComplete;
    expect(deepActiveElement()?.id).to.equal('statement-text-title');

    const texts = [...root.querySelectorAll<HTMLTextAreaElement>('[data-statement] textarea')];
    expect(texts.map((t) => t.dataset['section'])).to.deep.equal([
      'decision',
      'hazard:damp-and-mould-growth',
      'hazard:excess-cold',
      'reasons',
      'alternatives',
    ]);
    const all = texts.map((t) => t.value).join('\n');
    expect(all).to.contain(`What was found: ${DAMP}`);
    expect(all).to.contain(`What was found: ${COLD}`);
    expect(all).to.contain('Category 2 hazard: score 65, band G.');
    expect(all).to.contain('Category 1 hazard: score 1,714, band C.');
    expect(all).to.contain(
      'under sections 11 and 12 of the Housing Act 2004 in respect of Flat 2, 14 Mill Lane. The notice is sent on 2 March 2026 and served on 2 March 2026 (left at the address or handed over: served that day;',
    );
    expect(all).to.contain('Prohibition order (s.20): not chosen');
    const deadlines = flat(q(root, '[data-deadlines]').textContent!);
    expect(deadlines).to.contain('Last day to appeal to the First-tier Tribunal (Property Chamber): 22 March 2026');
    expect(deadlines).to.contain(APPEAL);
    expect(deadlines).to.contain(WORKS);
    await expectAccessible(view, 'statement drafted');

    // The officer edits the text; it is saved with the assessment, outside its fingerprint.
    const reasons = q<HTMLTextAreaElement>(root, '[data-section="reasons"]');
    await setValue(
      root,
      '[data-section="reasons"]',
      `${reasons.value} The landlord has not answered two letters since October.`,
      view,
    );
    await view.draft.flush();
    const stored = await view.draft.repository!.getDraft<
      Record<string, unknown> & { statement: { sections: { text: string }[] } }
    >(view.draft.key!);
    expect(stored!.value.statement.sections[3]!.text).to.match(/two letters since October\.$/);
    expect(await recomputedFingerprint(stored!.value)).to.equal(hash);
    buttonNamed(root, 'Check fingerprint').click();
    await waitUntil(() => root.querySelector('[data-fingerprint-check] p'), 'checked', { timeout: 20000 });
    expect(q(root, '[data-fingerprint-check]').textContent).to.contain('The fingerprint matches');

    // Printing the statement prints it alone: the assessment's print view steps aside while the dialog is open.
    const original = window.print;
    let printed = '';
    window.print = () => {
      const views = [...root.querySelectorAll('.print-only')].filter((el) => !el.closest('.screen-only'));
      printed = views.map((el) => el.textContent).join('\n');
    };
    try {
      buttonNamed(root, 'Print the statement').click();
      await waitUntil(() => printed, 'not printed', { timeout: 20000 });
    } finally {
      window.print = original;
    }
    expect(flat(printed)).to.contain(`What was found: ${DAMP}`);
    expect(flat(printed)).to.contain(`How it is worked out: ${APPEAL}`);
    expect(flat(printed)).not.to.contain('HHSRS assessment');
    await view.updateComplete;
    expect(
      q(root, '[data-document]').classList.contains('screen-only'),
      'the assessment prints again afterwards',
    ).to.equal(false);

    const { text, info } = await pdfText(await downloadedPdf(buttonNamed(root, 'Download the statement as PDF')));
    const pdf = flat(text);
    expect(info).to.match(/Title:\s+Statement of reasons — Flat 2, 14 Mill Lane/);
    expect(pdf).to.contain(`What was found: ${DAMP}`);
    expect(pdf).to.contain(`What was found: ${COLD}`);
    expect(pdf).to.contain('Improvement notice (sections 11 and 12)');
    expect(pdf).to.contain('Last day to appeal to the First-tier Tribunal (Property Chamber): 22 March 2026');
    expect(pdf).to.contain(APPEAL);
    expect(pdf).to.contain(WORKS);
    expect(pdf).to.contain('two letters since October.');
    expect(pdf).to.contain(`Assessment SHA-256 fingerprint: ${hash}`);
    expect(pdf).to.contain('Revision 1, finalised by Aled Officer');
  });

  it('asks before drafting over edited text, and warns when the action changed after drafting', async function () {
    this.timeout(30000);
    const { view, root } = await officerFixture();
    await fillTwoHazards(view, root);
    await finalise(view, root, 'Aled Officer');
    await choose(root, '#statement-action-hazard-awareness-notice', view);
    await choose(root, '#statement-hazard-damp-and-mould-growth', view);
    await choose(root, '#statement-method-by-hand', view);
    await setValue(root, '#statement-sent', '2026-03-02', view);
    buttonNamed(root, 'Draft the statement').click();
    await view.updateComplete;
    expect(flat(q(root, '[data-deadlines]').textContent!)).to.contain('Advisory: there is no appeal');
    await setValue(root, '[data-section="decision"]', 'My own words.', view);

    await choose(root, '#statement-action-prohibition-order', view);
    expect(q(root, '[data-statement]').textContent).to.contain('You changed the action or the hazards after drafting.');
    buttonNamed(root, 'Draft the statement again').click();
    await view.updateComplete;
    expect(deepActiveElement()?.id).to.equal('confirm-redraft');
    await expectAccessible(view, 'confirm redraft');
    buttonNamed(root, 'Cancel').click();
    await view.updateComplete;
    expect(q<HTMLTextAreaElement>(root, '[data-section="decision"]').value).to.equal('My own words.');
    buttonNamed(root, 'Draft the statement again').click();
    await view.updateComplete;
    buttonNamed(root, 'Yes, draft it again').click();
    await view.updateComplete;
    expect(q<HTMLTextAreaElement>(root, '[data-section="decision"]').value).to.contain(
      'make a prohibition order under section 21',
    );
    expect(q(root, '[data-statement]').textContent).not.to.contain('You changed the action');
    await setValue(root, '#statement-date', '2026-03-02', view);
    // Made 2 March 2026: Sch. 2 para 10(1), 28 days beginning with the day it is made → + 27 = 29 March.
    expect(flat(q(root, '[data-deadlines]').textContent!)).to.contain(
      'made 2026-03-02 + 27 days (the last of the 28 days beginning with the day the order was made) = 2026-03-29',
    );
  });

  it('counts the deadlines from the day of service of a notice posted first class, and gives the rule until it is sent', async function () {
    this.timeout(60000);
    const { view, root } = await officerFixture();
    await fillTwoHazards(view, root);
    await finalise(view, root, 'Aled Officer');
    await choose(root, '#statement-action-improvement-notice', view);
    await choose(root, '#statement-hazard-damp-and-mould-growth', view);
    await choose(root, '#statement-hazard-excess-cold', view);

    // Not sent yet: the statement is drafted, and says what its dates count from instead of counting from a date.
    buttonNamed(root, 'Draft the statement').click();
    await view.updateComplete;
    expect(root.querySelector('.error-summary')).to.equal(null);
    const rule = 'Every date counts from the day the notice is served, which depends on how it is sent';
    expect(flat(q(root, '[data-deadlines-rule]').textContent!)).to.contain(rule);
    expect(q<HTMLTextAreaElement>(root, '[data-section="decision"]').value).to.contain(rule);
    const unsent = flat((await pdfText(await downloadedPdf(buttonNamed(root, 'Download the statement as PDF')))).text);
    expect(unsent).to.contain('Not known yet (see Deadlines)');
    expect(unsent).to.contain('first class post: served on the second working day after posting');
    expect(unsent).not.to.contain('Last day to appeal');

    // Before the inspection (16 February 2026): refused.
    await choose(root, '#statement-method-first-class-post', view);
    await setValue(root, '#statement-sent', '2026-02-13', view);
    buttonNamed(root, 'Draft the statement again').click();
    await view.updateComplete;
    const refusal = 'The date the notice is sent must be on or after the inspection on 16 February 2026';
    expect([...root.querySelectorAll('.error-summary a')].map((a) => a.textContent)).to.deep.equal([refusal]);
    expect(q(root, '#statement-sent-error').textContent).to.contain(refusal);
    await expectAccessible(view, 'statement refusing a date sent before the inspection');

    // Posted first class on Friday 6 March 2026: served on the second working day after, Tuesday 10 March.
    await setValue(root, '#statement-sent', '2026-03-06', view);
    expect(root.querySelector('.error-summary')).to.equal(null);
    const service = flat(q(root, '[data-day-of-service]').textContent!);
    expect(service).to.contain('10 March 2026').and.contain('Check locally').and.contain('Interpretation Act 1978 s.7');
    // The assessment was finalised today, after 6 March: a warning, not a refusal.
    expect(q(root, '[data-sent-warning]').textContent).to.contain('before the assessment was finalised on');
    await expectAccessible(view, 'statement with a notice posted first class');
    // Sch. 1 para 14(1): the last of the 21 days beginning with 10 March is 30 March; s.13: 10 March + 28 = 7 April.
    const deadlines = flat(q(root, '[data-deadlines]').textContent!);
    expect(deadlines).to.contain('Last day to appeal to the First-tier Tribunal (Property Chamber): 30 March 2026');
    expect(deadlines).to.contain('served 2026-03-10 + 20 days');
    expect(deadlines).to.contain('Earliest date the notice may require the works to start: 7 April 2026');

    buttonNamed(root, 'Draft the statement again').click();
    await view.updateComplete;
    buttonNamed(root, 'Yes, draft it again').click();
    await view.updateComplete;
    expect(q<HTMLTextAreaElement>(root, '[data-section="decision"]').value).to.contain(
      'The notice is sent on 6 March 2026 and served on 10 March 2026',
    );
    const pdf = flat((await pdfText(await downloadedPdf(buttonNamed(root, 'Download the statement as PDF')))).text);
    expect(pdf).to.contain('10 March 2026');
    expect(pdf).to.contain('first class post: served on the second working day after posting (sent 2026-03-06');
    expect(pdf).to.contain('Last day to appeal to the First-tier Tribunal (Property Chamber): 30 March 2026');
    expect(pdf).to.contain('served 2026-03-10 + 20 days');
  });
});
