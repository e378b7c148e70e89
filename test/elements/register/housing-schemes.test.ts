import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import { registerFixture, type RegisterDriver } from './driver.ts';
import { freshRegister, propertyInput } from './fixtures.ts';

/** A supported-housing manager renames a housing scheme, then closes it down, keeping its homes. */
describe('<hazard-register>: changing and deleting a housing scheme', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  let schemeId: string;
  beforeEach(async () => {
    register = await freshRegister();
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    schemeId = (
      await repository.save(
        'housingSchemes',
        { name: 'Riverside', commissioner: 'Leeds City Council', notes: '' },
        null,
        'Jo Bloggs',
      )
    ).id;
    await repository.save('housingSchemes', { name: 'Hillside', commissioner: '', notes: '' }, null, 'Jo Bloggs');
    await repository.save('properties', propertyInput('RSH-0104', { housingSchemeId: schemeId }), null, 'Jo Bloggs');
    await repository.save('properties', propertyInput('RSH-0105', { housingSchemeId: schemeId }), null, 'Jo Bloggs');
  });
  afterEach(() => register.close());

  /** From the properties list, filtered to Riverside, to the page that changes it. */
  async function openRiverside(): Promise<RegisterDriver> {
    const d = await registerFixture({ repository: register.repository });
    await d.fill('#property-scheme-filter', schemeId);
    await d.waitForText('RSH-0105');
    await d.click('Change or delete the housing scheme Riverside');
    await d.waitForHeading('Change a housing scheme');
    return d;
  }

  it('renames a scheme from the properties list, refusing a name another scheme has', async function () {
    this.timeout(30000);
    const d = await openRiverside();
    expect(d.field<HTMLInputElement>('#scheme-commissioner').value).to.equal('Leeds City Council');
    await expectAccessible(d.element, 'changing a housing scheme');

    await d.fill('#scheme-name', 'hillside');
    await d.click('Save housing scheme');
    expect(d.text()).to.contain('There is already a housing scheme called hillside');

    await d.fill('#scheme-name', 'Riverside Court');
    await d.click('Save housing scheme');
    await d.waitForHeading('Properties');
    await d.waitForText('RSH-0104');
    expect(d.text()).to.contain('Riverside Court');
    const renamed = await register.repository.get('housingSchemes', schemeId);
    expect(renamed?.name).to.equal('Riverside Court');
    expect((await register.repository.history(schemeId)).map((entry) => entry.change)).to.deep.equal([
      'created',
      'updated',
    ]);
  });

  it('deletes a scheme only after saying its properties stay, in no scheme', async function () {
    this.timeout(30000);
    const d = await openRiverside();
    await d.click('Delete housing scheme');
    expect(d.text()).to.contain('The 2 properties in it stay in the register, in no housing scheme.');
    await d.click('Yes, delete the housing scheme');
    await d.waitForHeading('Properties');
    await d.waitForText('RSH-0104');

    expect(await register.repository.get('housingSchemes', schemeId)).to.equal(undefined);
    expect((await register.repository.listHousingSchemes()).map((scheme) => scheme.name)).to.deep.equal(['Hillside']);
    const page = await register.repository.listProperties({ sort: 'reference', offset: 0, limit: 10 });
    expect(page.items.map((home) => [home.reference, home.housingSchemeId])).to.deep.equal([
      ['RSH-0104', null],
      ['RSH-0105', null],
    ]);
    expect(d.text()).to.contain('No housing scheme');
  });
});
