import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import type { RegisterRepository } from '../../../src/storage/register/repository.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { registerFixture, type RegisterDriver } from './driver.ts';
import { freshRegister, hazardInput, propertyInput } from './fixtures.ts';

const CHANGE_PROPERTY = 'Change the property’s details';

/** From the properties list to the form changing RSH-0104, whose address is `address` when it opens. */
async function changeProperty(repository: RegisterRepository, address = '4 Mill Lane'): Promise<RegisterDriver> {
  const d = await registerFixture({ repository });
  await d.waitForText('RSH-0104');
  await d.click('RSH-0104');
  await d.waitForHeading(`RSH-0104, ${address}`);
  await d.click('Change details');
  await d.waitForHeading(CHANGE_PROPERTY);
  return d;
}

/**
 * Two officers (or one, in two tabs) have the same record open; each tab is a register on its own connection
 * to the one database, as two tabs of a page are.
 */
describe('<hazard-register>: one record changed in two tabs', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  let propertyId: string;
  beforeEach(async () => {
    register = await freshRegister();
    await register.repository.setSetting('who', 'Jo Bloggs');
    propertyId = (
      await register.repository.save(
        'properties',
        propertyInput('RSH-0104', { addressLine1: '4 Mill Lane' }),
        null,
        'Jo Bloggs',
      )
    ).id;
  });
  afterEach(() => register.close());

  /** Tab B has typed "Bravo Road"; tab A then saves "Alpha Street"; B is told. */
  async function bothTyping(): Promise<{ a: RegisterDriver; b: RegisterDriver }> {
    const a = await changeProperty(register.repository);
    const b = await changeProperty(register.otherTab);
    await b.fill('#property-address1', 'Bravo Road');
    await a.fill('#property-address1', 'Alpha Street');
    await a.click('Save property');
    await a.waitForHeading('RSH-0104, Alpha Street');
    await b.waitForText('Changed in another tab');
    return { a, b };
  }

  const stored = async () => (await register.repository.get('properties', propertyId))?.addressLine1;
  const changes = async () => (await register.repository.history(propertyId)).map((entry) => entry.change);

  it('keeps what tab B typed when tab A saves, says who changed it and when, and refuses B’s save until B chooses', async function () {
    this.timeout(40000);
    const { b } = await bothTyping();
    expect(b.field('#property-address1').value).to.equal('Bravo Road');
    expect(b.heading()).to.equal(CHANGE_PROPERTY);
    expect(b.text()).to.contain(
      'This property was changed in another tab or window by Jo Bloggs on 2 March 2026 at 09:00.',
    );
    expect(b.text()).to.contain('What you typed here is kept below and has not been saved.');
    await expectAccessible(b.element, 'a property changed in another tab');

    await b.click('Save property');
    await waitUntil(
      () => b.root.activeElement?.hasAttribute('data-conflict'),
      'the banner did not take focus when the save was refused',
      { timeout: 20000 },
    );
    expect(await stored()).to.equal('Alpha Street');
    expect(b.heading()).to.equal(CHANGE_PROPERTY);
    expect(b.field('#property-address1').value).to.equal('Bravo Road');

    await b.click('Keep my changes');
    await b.waitForHeading('RSH-0104, Bravo Road');
    expect(await stored()).to.equal('Bravo Road');
    expect(await changes()).to.deep.equal(['created', 'updated', 'updated']);
  });

  it('shows the saved version, and drops what B typed, when B chooses “Use the saved version”', async function () {
    this.timeout(40000);
    const { b } = await bothTyping();
    await b.click('Use the saved version');
    expect(b.field('#property-address1').value).to.equal('Alpha Street');
    expect(b.text()).not.to.contain('Changed in another tab');
    expect(await stored()).to.equal('Alpha Street');

    await b.fill('#property-town', 'York');
    await b.click('Save property');
    await b.waitForHeading('RSH-0104, Alpha Street');
    const saved = await register.repository.get('properties', propertyId);
    expect([saved?.addressLine1, saved?.town]).to.deep.equal(['Alpha Street', 'York']);
  });

  it('refuses “Keep my changes” too when a third save got in after the banner showed', async function () {
    this.timeout(40000);
    const { b } = await bothTyping();
    await register.repository.save(
      'properties',
      { ...propertyInput('RSH-0104', { addressLine1: 'Charlie Close' }), id: propertyId },
      2,
      'Sam Patel',
    );
    b.button('Keep my changes').click();
    await b.waitForText('by Sam Patel');
    expect(await stored()).to.equal('Charlie Close');
    expect(b.field('#property-address1').value).to.equal('Bravo Road');

    await b.click('Keep my changes');
    await b.waitForHeading('RSH-0104, Bravo Road');
    expect(await changes()).to.deep.equal(['created', 'updated', 'updated', 'updated']);
  });

  it('keeps what B typed in a hazard when A changes that hazard', async function () {
    this.timeout(40000);
    const hazardId = (await register.repository.save('hazards', hazardInput(propertyId), null, 'Jo Bloggs')).id;
    const open = async (repository: RegisterRepository) => {
      const d = await registerFixture({ repository });
      await d.click('Hazards');
      await d.waitForHeading('Hazards');
      await d.waitForText('Damp and mould growth');
      await d.click('Damp and mould growth');
      await d.waitForHeading('Damp and mould growth');
      await d.click('Change hazard');
      await d.waitForHeading('Change the hazard');
      return d;
    };
    const a = await open(register.repository);
    const b = await open(register.otherTab);
    await b.fill('#hazard-location', 'Bathroom');
    await a.fill('#hazard-location', 'Kitchen');
    await a.click('Save hazard');
    await a.waitForHeading('Damp and mould growth');
    await b.waitForText('This hazard was changed in another tab or window');
    expect(b.field('#hazard-location').value).to.equal('Bathroom');
    await b.click('Save hazard');
    await waitUntil(
      () => b.root.activeElement?.hasAttribute('data-conflict'),
      'the banner did not take focus when the save was refused',
      { timeout: 20000 },
    );
    expect(b.field('#hazard-location').value).to.equal('Bathroom');
    expect((await register.repository.get('hazards', hazardId))?.location).to.equal('Kitchen');
  });
});

describe('<hazard-register>: a form typed in when the page closed', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
    await register.repository.setSetting('who', 'Jo Bloggs');
    await register.repository.save(
      'properties',
      propertyInput('RSH-0104', { addressLine1: '4 Mill Lane' }),
      null,
      'Jo Bloggs',
    );
  });
  afterEach(() => register.close());

  /** The page goes away: the browser says so (pagehide), then the register is gone. */
  const closePage = (d: RegisterDriver) => {
    dispatchEvent(new PageTransitionEvent('pagehide'));
    d.element.remove();
  };

  it('has the values back, with a notice, when the form opens again; saving them ends the notice', async function () {
    this.timeout(40000);
    const before = await changeProperty(register.repository);
    await before.fill('#property-address1', 'Bravo Road');
    closePage(before);

    const d = await changeProperty(register.repository);
    expect(d.field('#property-address1').value).to.equal('Bravo Road');
    expect(d.text()).to.contain('Your unsaved changes to this property were kept. They are not saved yet.');
    await expectAccessible(d.element, 'a form with changes kept from a closed page');
    expect((await register.repository.propertyByReference('RSH-0104'))?.addressLine1).to.equal('4 Mill Lane');

    await d.click('Save property');
    await d.waitForHeading('RSH-0104, Bravo Road');
    const again = await changeProperty(register.repository, 'Bravo Road');
    expect(again.text()).not.to.contain('unsaved changes');
  });

  it('drops the kept values on “Discard my changes”, and they do not come back', async function () {
    this.timeout(40000);
    const before = await changeProperty(register.repository);
    await before.fill('#property-address1', 'Bravo Road');
    closePage(before);

    const d = await changeProperty(register.repository);
    await d.click('Discard my changes');
    expect(d.field('#property-address1').value).to.equal('4 Mill Lane');
    expect(d.text()).not.to.contain('unsaved changes');
    closePage(d);
    const again = await changeProperty(register.repository);
    expect(again.field('#property-address1').value).to.equal('4 Mill Lane');
    expect(again.text()).not.to.contain('unsaved changes');
  });

  it('forgets kept values with the rest of the register when everything is deleted', async function () {
    this.timeout(40000);
    const before = await registerFixture({ repository: register.repository });
    await before.click('Add a property');
    await before.waitForHeading('Add a property');
    await before.fill('#property-reference', 'RSH-0200');
    closePage(before);
    await register.repository.deleteEverything();
    await register.repository.setSetting('who', 'Jo Bloggs');

    const d = await registerFixture({ repository: register.repository });
    await d.click('Add a property');
    await d.waitForHeading('Add a property');
    expect(d.field('#property-reference').value).to.equal('');
    expect(d.text()).not.to.contain('unsaved changes');
  });

  it('keeps a property being added, and asks before saving it over one changed meanwhile in another tab', async function () {
    this.timeout(40000);
    const before = await registerFixture({ repository: register.repository });
    await before.click('Add a property');
    await before.waitForHeading('Add a property');
    await before.fill('#property-reference', 'RSH-0200');
    closePage(before);

    const d = await registerFixture({ repository: register.repository });
    await d.click('Add a property');
    await d.waitForHeading('Add a property');
    expect(d.field('#property-reference').value).to.equal('RSH-0200');
    expect(d.text()).to.contain('Your unsaved changes to the new property were kept.');
    closePage(d);

    const changing = await changeProperty(register.repository);
    await changing.fill('#property-address1', 'Bravo Road');
    closePage(changing);
    const id = (await register.repository.propertyByReference('RSH-0104'))!.id;
    await register.otherTab.save(
      'properties',
      { ...propertyInput('RSH-0104', { addressLine1: 'Alpha Street' }), id },
      1,
      'Sam Patel',
    );
    const reopened = await changeProperty(register.repository, 'Alpha Street');
    await reopened.waitForText('Changed in another tab');
    expect(reopened.field('#property-address1').value).to.equal('Bravo Road');
    expect(reopened.text()).to.contain('by Sam Patel');
  });
});
