import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import { prepareEvidence } from '../../../src/evidence/prepare-evidence.ts';
import { actionInput, freshRegister, hazardInput, invoiceFile, propertyInput } from './fixtures.ts';
import { registerFixture } from './driver.ts';

/** The names the page gives the files it hands to the browser's download while `act` runs. */
async function downloadedNames(act: () => Promise<void>): Promise<string[]> {
  const original = HTMLAnchorElement.prototype.click;
  const names: string[] = [];
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (this.download) names.push(this.download);
    else original.call(this);
  };
  try {
    await act();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return names;
}

describe('<hazard-register>: evidence file names', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  type Saved = { property: { id: string }; action: { id: string } };
  async function openHazard(before: (saved: Saved) => Promise<unknown> = async () => undefined) {
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    const property = await repository.save('properties', propertyInput('RSH-0104'), null, 'Jo Bloggs');
    const hazard = await repository.save('hazards', hazardInput(property.id), null, 'Jo Bloggs');
    const action = await repository.save('actions', actionInput(property.id, hazard.id), null, 'Jo Bloggs');
    await before({ property, action });
    const d = await registerFixture({ repository });
    await d.click('RSH-0104');
    await d.waitForHeading(/^RSH-0104/);
    await d.click('Damp and mould growth');
    await d.waitForHeading('Damp and mould growth');
    return { d };
  }

  it('shows and downloads an invoice named “invoice‮fdp.shtml” as invoicefdp.pdf', async function () {
    this.timeout(90000);
    const { d } = await openHazard();
    const form = d.field<HTMLElement>('.action-card form');
    await d.choose('#action-0-evidence-kind-invoice');
    await d.upload('#action-0-evidence-file', invoiceFile('invoice\u202efdp.shtml'));
    await d.click('Add evidence', form);
    await d.waitForText('Added invoicefdp.pdf.');
    expect(d.text()).to.not.contain('\u202e');
    expect(d.text()).to.not.contain('shtml');
    await expectAccessible(d.element, 'evidence with a cleaned name');
    expect(await downloadedNames(() => d.click('Download invoicefdp.pdf'))).to.deep.equal(['invoicefdp.pdf']);
  });

  it('cleans the name of a file kept before names were cleaned, on screen and when downloaded', async function () {
    this.timeout(90000);
    const { repository } = register;
    const file = await prepareEvidence(invoiceFile(), { allow: ['pdf'] });
    if (!file.ok) throw new Error(file.message);
    // As an older version stored it: the name exactly as the sender gave it.
    const { d } = await openHazard(({ property, action }) =>
      repository.addEvidence(
        {
          recordId: action.id,
          propertyId: property.id,
          kind: 'invoice',
          file: { ...file, originalName: 'quote\u202efdp.exe' },
          note: '',
          takenAt: null,
        },
        'Jo',
      ),
    );
    await d.waitForText('quotefdp.pdf');
    expect(d.text()).to.not.contain('\u202e');
    expect(await downloadedNames(() => d.click('Download quotefdp.pdf'))).to.deep.equal(['quotefdp.pdf']);
  });
});
