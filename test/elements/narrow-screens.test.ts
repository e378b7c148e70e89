import { waitUntil } from '../helpers/wait.ts';
import { emulateMedia } from '@web/test-runner-commands';
import { WidthCheck } from '../helpers/narrow.ts';
import { buttonNamed } from './officer/downloads.ts';
import { fillTwoHazards, finalise } from './officer/finalise-fill.ts';
import {
  freshDatabase as freshOfficer,
  officerFixture,
  partsLoaded,
  choose as officerChoose,
} from './officer/fixture.ts';
import { button, click, fillHousehold, overcrowdingFixture } from './overcrowding/fixture.ts';
import { registerFixture } from './register/driver.ts';
import { actionInput, freshRegister, hazardInput, propertyInput } from './register/fixtures.ts';
import { clickButton, dampFlatToCheck, fill, mount, openRepository, title } from './tenant/tenant-fixture.ts';

/**
 * WCAG 1.4.10 (reflow): every screen of every element, in the states a user reaches, fits a 320 px window
 * (a 1280 px window at 400 % zoom) with no sideways scrolling and nothing cut off, tables included.
 */
describe('every screen at 320 px wide needs no sideways scrolling (WCAG 1.4.10)', function () {
  this.timeout(120000);
  const check = new WidthCheck();
  beforeEach(() => check.narrow());
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await check.wide();
  });
  after(() => console.log(`320 px width check: ${check.checked.length} screens and states`));

  it('officer: new, two hazards ranked, drafts listed, finalised, statement, fingerprint checked, print', async () => {
    await freshOfficer();
    const { view, root } = await officerFixture('narrow-officer');
    check.fits('officer: a new assessment');
    await fillTwoHazards(view, root);
    check.fits('officer: editing, two hazards scored and ranked in the summary');
    root.querySelector<HTMLElement>('details summary')?.click();
    await view.updateComplete;
    check.fits('officer: your assessments listed');
    await finalise(view, root, 'Jo Bloggs');
    await partsLoaded(view);
    check.fits('officer: finalised, with its fingerprint and document');
    await officerChoose(root, '#statement-action-improvement-notice', view);
    check.fits('officer: statement of reasons for an improvement notice');
    buttonNamed(root, 'Check fingerprint').click();
    await waitUntil(() => root.querySelector('[data-fingerprint-check] p'), 'checked', { timeout: 20000 });
    check.fits('officer: fingerprint checked');
    await emulateMedia({ media: 'print' });
    check.fits('officer: print view');
    check.allFit();
  });

  it('tenant: every page of the damp flat journey, the results and the letter', async () => {
    await freshOfficer();
    const el = await mount(await openRepository());
    check.fits(`tenant: ${title(el)}`);
    const seen = new Set<string>();
    const observe = () => {
      const page = title(el);
      if (!seen.has(page)) check.fits(`tenant: ${page}`);
      seen.add(page);
    };
    await dampFlatToCheck(el);
    observe();
    for (const next of ['See the results', 'See what to do next', 'Write your letter']) {
      await clickButton(el, next);
      observe();
    }
    await clickButton(el, 'Make the letter');
    check.fits('tenant: the letter’s details, with errors');
    await fill(el, 'name', 'Sam Jones');
    await fill(el, 'address', 'Flat 2, 12 Mill Lane\nAnytown AN1 2BC');
    await clickButton(el, 'Make the letter');
    observe();
    check.allFit();
  });

  it('overcrowding: the empty form, a household with rooms, its results and its print view', async () => {
    await freshOfficer();
    const { el, root } = await overcrowdingFixture({ storageKey: 'narrow-overcrowding' });
    check.fits('overcrowding: the empty form');
    await fillHousehold(
      el,
      root,
      [
        { name: 'Aleksandra Wiśniewska-Kowalczyk', age: '41', sex: 'female' },
        { name: 'Bartholomew', age: '43', sex: 'male', partner: 'Aleksandra Wiśniewska-Kowalczyk' },
        { name: 'Cleo', age: '16', sex: 'female' },
        { name: 'Dara', age: '7', sex: 'male' },
      ],
      [
        { name: 'Front bedroom overlooking the garden', use: 'bedroom', area: '12.5' },
        { name: 'Back bedroom', use: 'bedroom', area: '7' },
        { name: 'Living room', use: 'living', length: '4.2', width: '3.6' },
      ],
    );
    await click(el, button(root, 'Check overcrowding'));
    await waitUntil(() => root.querySelector('[part~="finding-verdict"]'), 'no result', { timeout: 20000 });
    check.fits('overcrowding: a household, its rooms and the result with its tables');
    await emulateMedia({ media: 'print' });
    check.fits('overcrowding: print view');
    check.allFit();
  });

  it('register: every screen in its menu, with data', async () => {
    const register = await freshRegister('narrow-register');
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    const home = await repository.save(
      'properties',
      propertyInput('RSH-0104', { addressLine1: 'Flat 3, 9 Canal Street', town: 'Anytown', postcode: 'AN4 5GH' }),
      null,
      'Jo Bloggs',
    );
    const hazard = await repository.save(
      'hazards',
      hazardInput(home.id, {
        awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' },
        investigationEndedOn: '2026-03-10',
      }),
      null,
      'Jo Bloggs',
    );
    await repository.save('actions', actionInput(home.id, hazard.id), null, 'Jo Bloggs');
    const { owner: _o, createdAt: _c, updatedAt: _u, schemaVersion: _s, revision, ...saved } = hazard;
    await repository.save(
      'hazards',
      { ...saved, location: 'Back bedroom, behind the wardrobe' },
      revision,
      'Jo Bloggs',
    );
    // Closed in 2018: older than the six years records are kept, so it is listed under "Old records".
    await repository.save(
      'hazards',
      hazardInput(home.id, {
        hazardId: 'falling-on-stairs',
        status: 'resolved',
        foundOn: '2018-01-08',
        resolvedOn: '2018-02-01',
      }),
      null,
      'Jo Bloggs',
    );
    const d = await registerFixture({ repository, storageKey: 'narrow-register', today: '2026-03-18' });
    await d.waitForHeading('Properties');
    check.fits('register: properties');
    const visit = async (button: string | RegExp, heading: string | RegExp, state: string) => {
      await d.click(button);
      await d.waitForHeading(heading);
      check.fits(`register: ${state}`);
    };
    await visit('Add a housing scheme', 'Add a housing scheme', 'the housing scheme form');
    await visit('Properties', 'Properties', 'properties again');
    await visit('Add a property', 'Add a property', 'the property form');
    await visit('Properties', 'Properties', 'properties again');
    await visit('RSH-0104', /^RSH-0104/, 'a property, its hazards and assessments');
    await visit('Record an assessment', 'Record an HHSRS assessment', 'the assessment form');
    await visit('Properties', 'Properties', 'properties again');
    await visit('RSH-0104', /^RSH-0104/, 'a property again');
    await d.click('Damp and mould growth');
    await d.waitForHeading('Damp and mould growth');
    d.root.querySelectorAll('details').forEach((details) => {
      details.open = true;
    });
    await d.settle();
    check.fits('register: a hazard, its Awaab’s Law steps, actions and history');
    await visit('Change hazard', 'Change the hazard', 'the hazard form');
    await visit('Properties', 'Properties', 'properties again');
    await visit('Hazards', 'Hazards', 'hazards');
    await visit('Damp and mould growth', 'Damp and mould growth', 'a hazard again');
    await visit(/Update or complete/, 'Update the remedial action', 'the remedial action form');
    await visit('Actions', 'Remedial actions and repairs', 'actions');
    await visit('Compliance report', 'Compliance report', 'the compliance report');
    await d.click('Run the report');
    await d.waitForText('Policy settings used');
    check.fits('register: the compliance report, run');
    await visit('Import and export', 'Import and export', 'import and export');
    await d.choose('#import-table');
    const csv = [
      'Ref,Address,Postcode,Landlord,Nation',
      'RSH-0200,1 Quay St,LS1 4AP,social,England',
      'RSH-0201,,nowhere,council,Scotland',
    ].join('\n');
    await d.upload(
      '#import-file',
      new File([csv], 'homes-with-a-rather-long-file-name-2026-03-18.csv', { type: 'text/csv' }),
    );
    await d.waitForText('1 rows have problems');
    check.fits('register: a spreadsheet checked before import, with its problems');
    await visit('Merge a backup', 'Merge a backup from another device', 'merging a backup');
    await visit('Import and export', 'Import and export', 'import and export again');
    await visit('Review old records', 'Old records', 'old records');
    await visit('Settings', 'Settings', 'settings');
    await register.close();
    check.allFit();
  });
});
