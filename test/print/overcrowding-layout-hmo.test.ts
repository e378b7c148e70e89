import { expect } from '@open-wc/testing';
import { emptyOvercrowdingDraft, type DraftPerson, type DraftRoom } from '../../src/schema/overcrowding.ts';
import { readDraft } from '../../src/elements/overcrowding-check/screens/report/read-draft.ts';
import { evaluate } from '../../src/elements/overcrowding-check/screens/report/index.ts';
import { en } from '../../src/elements/overcrowding-check/screens/report/messages.ts';
import { buildReport } from '../../src/elements/overcrowding-check/screens/report/findings/build.ts';
import { overcrowdingLayout } from '../../src/print/overcrowding-layout.ts';
import type { PrintBlock } from '../../src/print/document.ts';

const person = (id: string, name: string, age: string): DraftPerson => ({
  id,
  name,
  age,
  sex: 'female',
  partnerId: '',
});
const measure = (text: string) => ({ text, unit: 'metric' as const });
const room = (id: string, name: string, area: string): DraftRoom => ({
  id,
  name,
  use: 'bedroom',
  size: 'area',
  area: measure(area),
  length: measure(''),
  width: measure(''),
  lowCeiling: measure(''),
});

/** The PDF's blocks for the HMO finding of a licensed HMO with these people and rooms. */
function hmoBlocks(people: DraftPerson[], rooms: DraftRoom[]): PrintBlock[] {
  const draft = { ...emptyOvercrowdingDraft(), hmo: true, people, rooms };
  const input = readDraft(draft).input!;
  const result = evaluate(input, true);
  const report = buildReport(
    { draft, people: input.people, rooms: input.rooms, result, units: 'metric', m: en },
    'en-GB',
    new Date(2026, 10, 23),
  );
  const blocks = overcrowdingLayout(report).blocks;
  const start = blocks.findIndex((block) => 'text' in block && block.text === en.hmoHeading);
  const end = blocks.findIndex((block) => 'text' in block && block.text === en.printInputsHeading);
  return blocks.slice(start, end);
}

describe('overcrowdingLayout: HMO room sizes for the suggested arrangement (2018 regulations)', () => {
  it('prints a room too small for the two adults put in it as a warning, then the rooms, the law and the caveat', () => {
    const blocks = hmoBlocks([person('a', 'Amy', '30'), person('b', 'Bea', '28')], [room('r', 'Front room', '9')]);
    expect(blocks.map((block) => ('text' in block ? block.text : block.kind))).to.deep.equal([
      en.hmoHeading,
      'Result: Sizes not met',
      en.hmoArrangementChecked,
      'list',
      en.hmoTableCaption,
      'table',
      en.hmoLaw,
      en.hmoOneWayNote,
      en.hmoTenNote,
    ]);
    expect(blocks[1]).to.include({ emphasis: 'warning' });
    expect(blocks[3]).to.deep.equal({
      kind: 'list',
      items: [
        'Front room is too small for Amy (30) and Bea (28). The 2018 HMO regulations need at least 10.22 m² (110.01 sq ft) for 2 people aged 10 or over, and it has only 9.00 m² (96.88 sq ft) that counts.',
      ],
    });
  });

  it('prints a child under 10 alone in 4.64 m² as big enough', () => {
    const blocks = hmoBlocks(
      [person('a', 'Amy', '30'), person('c', 'Kit', '6')],
      [room('r', 'Bedroom', '6.51'), room('s', 'Box room', '4.64')],
    );
    expect(blocks[1]).to.deep.equal({ kind: 'paragraph', text: 'Result: Sizes met', emphasis: 'strong' });
    expect(blocks[3]).to.deep.equal({
      kind: 'list',
      items: [
        'Bedroom: Amy (30). Big enough: it has 6.51 m² (70.07 sq ft) that counts, and the 2018 regulations need at least 6.51 m² (70.07 sq ft).',
        'Box room: Kit (6). Big enough: it has 4.64 m² (49.94 sq ft) that counts, and the 2018 regulations need at least 4.64 m² (49.94 sq ft).',
      ],
    });
  });
});
