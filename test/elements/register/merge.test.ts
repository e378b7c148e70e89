import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import { divergedDevices } from '../../storage/register-merge-fixtures.ts';
import { registerFixture } from './driver.ts';
import { actionInput, freshRegister, hazardInput, propertyInput } from './fixtures.ts';

const file = (data: unknown, name: string) => new File([JSON.stringify(data)], name, { type: 'application/json' });

describe('<hazard-register>: merging a backup from another device', () => {
  let devices: Awaited<ReturnType<typeof divergedDevices>>;
  beforeEach(async () => {
    devices = await divergedDevices();
    await devices.repository.setSetting('who', 'Jo Bloggs');
  });
  afterEach(() => devices.close());

  it('shows the dry run, refuses an invalid backup, and merges after the person resolves the conflict', async function () {
    this.timeout(90000);
    const { repository, backupB, falls, fire } = devices;
    const before = await repository.counts();
    const d = await registerFixture({ repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    await d.click('Merge a backup');
    await d.waitForHeading('Merge a backup from another device');
    await expectAccessible(d.element, 'merge: choose a file');

    const broken = JSON.parse(JSON.stringify(backupB));
    broken.hazards[0].status = 'fixed';
    await d.upload('#merge-file', file(broken, 'broken.json'));
    await d.waitForText('The backup cannot be merged: 1 problem found. Nothing has changed.');
    expect(d.root.activeElement?.id).to.equal('merge-problems');
    expect(d.text()).to.contain('hazards[0].status: must be one of');
    await expectAccessible(d.element, 'merge refused');
    expect(await repository.counts()).to.deep.equal(before);

    await d.upload('#merge-file', file(backupB, 'device-b.json'));
    await d.waitForText('3 new, 1 updated from the backup, 1 conflict, nothing will be lost.');
    expect(d.text()).to.contain('Deleted on the other device: kept here');
    expect(d.text()).to.contain('Property P-2');
    await expectAccessible(d.element, 'merge dry run');
    expect(await repository.counts()).to.deep.equal(before);

    await d.click('Merge the backup into this register');
    await d.waitForText('Choose what to keep for Falling on stairs');
    await d.choose('#conflict-0-fields');
    await d.choose('#conflict-0-location-there');
    await d.click('Merge the backup into this register');
    await d.waitForText('Choose which description to keep');
    await d.choose('#conflict-0-description');
    await expectAccessible(d.element, 'merge: conflict chosen field by field');
    await d.click('Merge the backup into this register');
    await d.waitForText('Merged. 3 added, 1 updated from the backup, 1 combined from both versions');
    expect(await repository.get('hazards', falls.id)).to.deep.include({
      location: 'Cellar stairs',
      description: 'Loose handrail',
    });
    expect((await repository.get('hazards', fire.id))?.location).to.equal('Landing');
    expect(await repository.counts()).to.deep.include({
      properties: before.properties + 1,
      hazards: before.hazards + 1,
      actions: before.actions,
      evidence: before.evidence + 1,
    });
  });
});

describe('<hazard-register>: old records', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('lists closed hazards older than the chosen period and deletes them only after confirming', async function () {
    this.timeout(90000);
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    const property = await repository.save('properties', propertyInput('RSH-0104'), null, 'Jo Bloggs');
    const old = await repository.save(
      'hazards',
      hazardInput(property.id, { foundOn: '2019-01-10', status: 'resolved', resolvedOn: '2019-03-01' }),
      null,
      'Jo Bloggs',
    );
    await repository.save(
      'actions',
      actionInput(property.id, old.id, {
        raisedOn: '2019-01-10',
        targetDate: '2019-02-10',
        completedOn: '2019-02-20',
        state: 'completed',
      }),
      null,
      'Jo Bloggs',
    );
    await repository.save('hazards', hazardInput(property.id), null, 'Jo Bloggs');
    const d = await registerFixture({ repository });
    await d.click('Import and export');
    await d.click('Review old records');
    await d.waitForHeading('Old records');
    expect(d.text()).to.contain('No period is set, so nothing is listed.');
    await expectAccessible(d.element, 'old records: no period');

    await d.fill('#retention-months', 'six years');
    await d.click('Save and list');
    await d.waitForText('Enter a whole number of months from 1 to 600');
    await expectAccessible(d.element, 'old records: period refused');
    await d.fill('#retention-months', '72');
    await d.click('Save and list');
    await d.waitForText('1 hazard closed before 2 March 2020');
    expect(await repository.getSetting('retention-months')).to.equal(72);
    expect(d.text()).to.contain('RSH-0104');
    await expectAccessible(d.element, 'old records listed');

    await d.click('Delete these');
    expect(d.text()).to.contain('It cannot be undone except from a backup.');
    expect((await repository.counts()).hazards).to.equal(2);
    await expectAccessible(d.element, 'old records: confirming');
    await d.click('Yes, delete 1 hazard');
    await d.waitForText('Deleted 1 hazard with their repairs and evidence.');
    expect(await repository.counts()).to.deep.include({ hazards: 1, actions: 0 });
    expect((await repository.history(old.id)).map((e) => `${e.who} ${e.change}`)).to.deep.equal([
      'Jo Bloggs created',
      'Jo Bloggs deleted',
    ]);
  });
});
