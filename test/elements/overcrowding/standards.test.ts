import { expect } from '@open-wc/testing';
import { click, fillHousehold, findingText, freshDatabase, overcrowdingFixture, q, tableRows } from './fixture.ts';

describe('<overcrowding-check> reasons for each standard', function () {
  this.timeout(30000);
  beforeEach(freshDatabase);

  it('counts a baby as 0 and a child under 10 as ½, person by person (s.326(2)(a))', async () => {
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(
      el,
      root,
      [
        { name: 'Jo', age: '29', sex: 'female' },
        { name: 'Kai', age: '31', sex: 'male', partner: 'Jo' },
        { name: 'Lou', age: '5', sex: 'female' },
        { name: 'Max', age: '0', sex: 'male' },
      ],
      [{ name: 'Bedroom', use: 'bedroom', area: '9' }],
    );
    expect(tableRows(root, 'How each person is counted')).to.deep.equal([
      ['Person', 'Age', 'Counts as'],
      ['Jo', '29', '1'],
      ['Kai', '31', '1'],
      ['Lou', '5', '½ (aged 1 to under 10)'],
      ['Max', '0', '0 (under 1)'],
      ['Total', '', '2½'],
    ]);
    // Table I: 1 room → 2; Table II: 9 m² = 96.88 sq ft → 1½; permitted 1½ < 2½.
    expect(findingText(root, 'space')).to.contain('2½ people counted, which is more than the 1½ permitted.');
    // s.325: the couple may share; children under 10 are left out.
    expect(findingText(root, 'room')).to.contain('Bedroom: Jo and Kai');
    expect(findingText(root, 'room')).to.contain('Children under 10 can sleep in any room.');
  });

  it('names the pair who would have to share when the room standard is broken (s.325)', async () => {
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(
      el,
      root,
      [
        { name: 'Nia', age: '14', sex: 'female' },
        { name: 'Omar', age: '12', sex: 'male' },
      ],
      [
        { name: 'Bedroom', use: 'bedroom', area: '12' },
        { name: 'Kitchen', use: 'kitchen', area: '12' },
      ],
    );
    expect(findingText(root, 'room')).to.contain('Not met');
    expect(findingText(root, 'room')).to.contain(
      'Nia (14) and Omar (12) are of opposite sexes, both aged 10 or over and not a couple, so they need separate rooms. With only 1 room to sleep in, they would have to share.',
    );
    expect(findingText(root, 'verdict')).to.contain('The home is overcrowded because the room standard is not met.');
  });

  it('pairs boys of 12 and 5 and girls of 4 and 3 into 2 bedrooms (bedroom standard, not statute)', async () => {
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(
      el,
      root,
      [
        { name: 'Ade', age: '12', sex: 'male' },
        { name: 'Bo', age: '5', sex: 'male' },
        { name: 'Cy', age: '4', sex: 'female' },
        { name: 'Di', age: '3', sex: 'female' },
      ],
      [{ name: 'Bedroom', use: 'bedroom', area: '12' }],
    );
    const text = findingText(root, 'bedroom');
    expect(text).to.contain('Bedroom standard (not a legal test)');
    expect(text).to.contain('1 bedroom short');
    expect(text).to.contain('The household needs 2 bedrooms. The home has 1 bedroom.');
    expect(text).to.contain('A bedroom for Ade and Bo: aged 10 to 20, with a child under 10 of the same sex');
    expect(text).to.contain('A bedroom for Cy and Di: both under 10');
    expect(text).to.contain('English Housing Survey');
  });

  it('gives each room’s HMO size from its exact floor area less any floor under a low ceiling (2018 regulations)', async () => {
    const { el, root } = await overcrowdingFixture();
    await click(el, q(root, '#hmo'));
    await fillHousehold(
      el,
      root,
      [{ name: 'Pat', age: '10', sex: 'male' }],
      [
        // 3.5 m × 2.92 m is exactly 10.22 m²: two people over 10.
        { name: 'Room A', use: 'bedroom', length: '3.5', width: '2.92' },
        // 10.6 − 0.39 = 10.21 m²: one person over 10.
        { name: 'Room B', use: 'bedroom', area: '10.6', lowCeiling: '0.39' },
        { name: 'Room C', use: 'bedroom', area: '6.5' },
        { name: 'Room D', use: 'bedroom', area: '4.63' },
        { name: 'Bathroom', use: 'bathroom', area: '4' },
      ],
    );
    expect(tableRows(root, 'Who may sleep in each room')).to.deep.equal([
      ['Room', 'Floor area that counts', 'Who may sleep there'],
      ['Room A', '10.22 m² (110.01 sq ft)', 'Up to 2 people aged 10 or over'],
      ['Room B', '10.21 m² (109.90 sq ft)', '1 person aged 10 or over'],
      ['Room C', '6.50 m² (69.97 sq ft)', '1 child under 10 only'],
      ['Room D', '4.63 m² (49.84 sq ft)', 'Nobody: too small to sleep in'],
    ]);
    const text = findingText(root, 'hmo');
    expect(text).to.contain(
      '6.51 m² for one person over 10, 10.22 m² for two people over 10, and 4.64 m² for one child under 10',
    );
    expect(text).to.contain('We treat a child aged 10 as over 10');
  });
});
