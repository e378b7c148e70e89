import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import { registerFixture, type RegisterDriver } from './driver.ts';
import { freshRegister, propertyInput } from './fixtures.ts';

const WHY = 'England changed the HHSRS for inspections begun on or after 22 June 2026';

/** The register's hand-entered assessment form for RSH-0104 (in `nation`), as an officer reaches it. */
async function assessmentForm(nation: 'england' | 'wales') {
  const register = await freshRegister();
  await register.repository.setSetting('who', 'Jo Bloggs');
  const property = propertyInput('RSH-0104', { addressLine1: '4 Mill Lane', nation });
  const { id } = await register.repository.save('properties', property, null, 'Jo Bloggs');
  const d = await registerFixture({ repository: register.repository, today: '2026-07-10' });
  await d.waitForText('RSH-0104');
  await d.click('RSH-0104');
  await d.waitForHeading('RSH-0104, 4 Mill Lane');
  await d.click('Record an assessment');
  await d.waitForHeading('Record an HHSRS assessment');
  return { register, d, propertyId: id };
}

async function saveOn(d: RegisterDriver, date: string) {
  await d.fill('#assessment-date', date);
  await d.click('Save assessment');
  await d.waitForHeading('RSH-0104, 4 Mill Lane');
}

describe('<hazard-register>: a hand-entered assessment takes its scheme from the nation and date (FACTS §7)', () => {
  it('records an English inspection of 22 June 2026 unscored, saying why, what to do and that findings still count', async () => {
    const { register, d, propertyId } = await assessmentForm('england');
    await d.fill('#assessment-date', '2026-06-22');
    const message = d.field('[data-scheme-2026]').textContent ?? '';
    expect(message).to.contain(WHY);
    expect(message).to.contain('Load the 2026 scheme pack');
    expect(message).to.contain('You can still record this inspection and its findings without a score');
    expect(d.field('[data-scheme-warning]').textContent).to.contain('Check which scheme applies');
    await expectAccessible(d.element, 'register assessment form, England from 22 June 2026');
    await d.click('Save assessment');
    await d.waitForHeading('RSH-0104, 4 Mill Lane');
    const [saved] = await register.repository.assessmentsOf(propertyId);
    expect(saved!.schemeId, 'never recorded as scored under the 2005 scheme').to.equal('none');
    expect(d.field('[data-not-scored]').textContent).to.equal('Not scored — 2026 scheme not loaded');
    await register.close();
  });

  it('records an English inspection of 21 June 2026 under the 2005 scheme, with no such message', async () => {
    const { register, d, propertyId } = await assessmentForm('england');
    await d.fill('#assessment-date', '2026-06-21');
    expect(d.root.querySelector('[data-scheme-2026]')).to.equal(null);
    await saveOn(d, '2026-06-21');
    const [saved] = await register.repository.assessmentsOf(propertyId);
    expect(saved!.schemeId).to.equal('england-2005');
    expect(d.root.querySelector('[data-not-scored]')).to.equal(null);
    await register.close();
  });

  it('keeps a Welsh inspection after June 2026 on the 2005 method (SI 2006/1702)', async () => {
    const { register, d, propertyId } = await assessmentForm('wales');
    await d.fill('#assessment-date', '2026-07-01');
    expect(d.root.querySelector('[data-scheme-2026]')).to.equal(null);
    await saveOn(d, '2026-07-01');
    const [saved] = await register.repository.assessmentsOf(propertyId);
    expect(saved!.schemeId).to.equal('england-2005');
    await register.close();
  });
});
