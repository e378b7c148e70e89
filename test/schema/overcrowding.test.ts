import { expect } from '@open-wc/testing';
import {
  emptyOvercrowdingDraft,
  reviveOvercrowdingDraft,
  type OvercrowdingDraft,
} from '../../src/schema/overcrowding.ts';

const draft: OvercrowdingDraft = {
  version: 1,
  units: 'imperial',
  hmo: true,
  people: [
    { id: 'a', name: 'Amy', age: '-4', sex: 'female', partnerId: 'b' },
    { id: 'b', name: '', age: '', sex: '', partnerId: 'a' },
  ],
  rooms: [
    {
      id: 'r',
      name: 'Attic',
      use: 'bedroom',
      size: 'dimensions',
      area: { text: '10.22', unit: 'metric' },
      length: { text: '11', unit: 'imperial' },
      width: { text: 'wide', unit: 'imperial' },
      lowCeiling: { text: '', unit: 'imperial' },
    },
  ],
};

describe('overcrowding draft schema', () => {
  it('keeps everything typed, wrong values included, with the unit each figure was typed in', () => {
    expect(reviveOvercrowdingDraft(structuredClone(draft))).to.deep.equal(draft);
  });

  it('starts empty in the units asked for', () => {
    expect(emptyOvercrowdingDraft('imperial')).to.deep.equal({
      version: 1,
      units: 'imperial',
      hmo: false,
      people: [],
      rooms: [],
    });
    expect(reviveOvercrowdingDraft(emptyOvercrowdingDraft())).to.deep.equal(emptyOvercrowdingDraft('metric'));
  });

  const bad: [string, unknown][] = [
    ['not an object', 'draft'],
    ['another version', { ...draft, version: 2 }],
    ['unknown units', { ...draft, units: 'cubits' }],
    ['a sex outside the list', { ...draft, people: [{ ...draft.people[0], sex: 'x' }] }],
    ['a room use outside the list', { ...draft, rooms: [{ ...draft.rooms[0], use: 'garage' }] }],
    ['a number where text is kept', { ...draft, people: [{ ...draft.people[0], age: 34 }] }],
    ['a person without an id', { ...draft, people: [{ ...draft.people[0], id: '' }] }],
  ];
  for (const [why, stored] of bad) {
    it(`does not revive ${why}`, () => {
      expect(reviveOvercrowdingDraft(stored)).to.equal(undefined);
    });
  }
});
