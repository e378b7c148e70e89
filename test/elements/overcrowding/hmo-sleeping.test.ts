import { expect } from '@open-wc/testing';
import {
  click,
  downloadedPdf,
  fillHousehold,
  findingText,
  freshDatabase,
  overcrowdingFixture,
  q,
  type PersonInput,
  type RoomInput,
} from './fixture.ts';

/** A licensed HMO with these people and rooms, its HMO finding's status, list and words. */
async function hmo(people: PersonInput[], rooms: RoomInput[]) {
  const { el, root } = await overcrowdingFixture();
  await click(el, q(root, '#hmo'));
  await fillHousehold(el, root, people, rooms);
  const finding = q(root, '[part~="finding-hmo"]');
  const list = [...finding.querySelectorAll('ul.list > li')].map((li) =>
    (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  const status = (finding.querySelector('.finding__status strong')?.textContent ?? '').trim();
  return { el, root, list, status, text: findingText(root, 'hmo') };
}

const amy: PersonInput = { name: 'Amy', age: '30', sex: 'female' };
const bea: PersonInput = { name: 'Bea', age: '28', sex: 'female' };

describe('<overcrowding-check> HMO room sizes for the suggested arrangement (2018 regulations)', () => {
  beforeEach(freshDatabase);

  it('says a 9 m² room is too small for two adults over 10, who need 10.22 m², naming the room, the people and the regulations', async function () {
    this.timeout(30000);
    const { list, status, text, el } = await hmo([amy, bea], [{ name: 'Front room', use: 'bedroom', area: '9' }]);
    expect(status).to.equal('Sizes not met');
    expect(list).to.deep.equal([
      'Front room is too small for Amy (30) and Bea (28). The 2018 HMO regulations need at least 10.22 m² (110.01 sq ft) for 2 people aged 10 or over, and it has only 9.00 m² (96.88 sq ft) that counts.',
    ]);
    expect(text).to.contain('We checked these sizes against one way to sleep');
    expect(text).to.contain(
      'This is one possible way to sleep, not a record of who sleeps where. The licence conditions apply to how the rooms are actually used',
    );
    expect(el.result?.hmoRoomSizes?.[0]?.occupancy).to.deep.include({
      over10: 2,
      minimumSquareMetres: 10.22,
      meetsMinimum: false,
    });
    expect(el.result?.hmoArrangement).to.deep.equal({ arrangement: [el.result?.room.arrangement?.[0]], moved: false });
  });

  it('passes one adult in exactly 6.51 m²', async function () {
    this.timeout(30000);
    const { list, status } = await hmo([amy], [{ name: 'Attic', use: 'bedroom', area: '6.51' }]);
    expect(status).to.equal('Sizes met');
    expect(list).to.deep.equal([
      'Attic: Amy (30). Big enough: it has 6.51 m² (70.07 sq ft) that counts, and the 2018 regulations need at least 6.51 m² (70.07 sq ft).',
    ]);
  });

  it('puts a child under 10 in a free room of 4.64 m², which is big enough for them', async function () {
    this.timeout(30000);
    const { list, status } = await hmo(
      [amy, { name: 'Kit', age: '6', sex: 'male' }],
      [
        { name: 'Bedroom', use: 'bedroom', area: '7' },
        { name: 'Box room', use: 'bedroom', area: '4.64' },
      ],
    );
    expect(status).to.equal('Sizes met');
    expect(list[1]).to.equal(
      'Box room: Kit (6). Big enough: it has 4.64 m² (49.94 sq ft) that counts, and the 2018 regulations need at least 4.64 m² (49.94 sq ft).',
    );
  });

  it('says the regulations set no size for an adult and a child in one room, and leaves it to the licence', async function () {
    this.timeout(30000);
    const { list, status } = await hmo(
      [amy, { name: 'Kit', age: '6', sex: 'male' }],
      [{ name: 'Bedroom', use: 'bedroom', area: '12' }],
    );
    expect(status).to.equal('Check the licence');
    expect(list).to.deep.equal([
      'Bedroom: Amy (30) and Kit (6). The 2018 HMO regulations set no size for 1 person aged 10 or over and 1 child under 10 in one room, so the licence conditions decide. It has 12.00 m² (129.17 sq ft) that counts.',
    ]);
  });

  it('moves the couple to the room big enough for two, and says it still meets the room standard', async function () {
    this.timeout(30000);
    const { list, status, text, root } = await hmo(
      [
        { name: 'Ann', age: '30', sex: 'female' },
        { name: 'Ben', age: '31', sex: 'male', partner: 'Ann' },
        { name: 'Cas', age: '25', sex: 'female' },
      ],
      [
        { name: 'Small', use: 'bedroom', area: '7' },
        { name: 'Large', use: 'bedroom', area: '11' },
      ],
    );
    // The room standard's own arrangement is unchanged; only the HMO check moves the groups.
    expect(findingText(root, 'room')).to.contain('Small: Ann and Ben');
    expect(status).to.equal('Sizes met');
    expect(text).to.contain(
      'the same groups of people have been put in other rooms. It still meets the room standard.',
    );
    expect(list).to.deep.equal([
      'Small: Cas (25). Big enough: it has 7.00 m² (75.35 sq ft) that counts, and the 2018 regulations need at least 6.51 m² (70.07 sq ft).',
      'Large: Ann (30) and Ben (31). Big enough: it has 11.00 m² (118.40 sq ft) that counts, and the 2018 regulations need at least 10.22 m² (110.01 sq ft).',
    ]);
  });

  it('checks nobody’s room when no way to sleep meets the room standard, and still gives each room’s size', async function () {
    this.timeout(30000);
    const { list, status, text } = await hmo(
      [amy, { name: 'Dan', age: '40', sex: 'male' }],
      [{ name: 'Bedsit', use: 'bedroom', area: '12' }],
    );
    expect(list).to.deep.equal([]);
    expect(status).to.equal('');
    expect(text).to.contain('Nobody was put in a room, because no way to sleep meets the room standard.');
    expect(text).not.to.contain('one possible way to sleep');
    expect(text).to.contain('Up to 2 people aged 10 or over');
  });

  it('prints the rooms that are too small in the PDF', async function () {
    this.timeout(40000);
    const { el, root } = await hmo([amy, bea], [{ name: 'Front room', use: 'bedroom', area: '9' }]);
    const { text } = await downloadedPdf(el, root);
    const flatText = text.replace(/\s+/g, ' ');
    expect(flatText).to.contain('Result: Sizes not met');
    expect(flatText).to.contain('Front room is too small for Amy (30) and Bea (28).');
    // The sentence may run over a page break, where the page's footer comes between its words.
    expect(flatText).to.contain('The 2018 HMO regulations need at least');
    expect(flatText).to.contain('10.22 m² (110.01 sq ft) for 2 people aged 10 or over');
    expect(flatText).to.contain('This is one possible way to sleep');
  });
});
