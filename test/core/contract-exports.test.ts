// DESIGN.md "contract — core API": the later exports an integration relies on, each imported from the
// core entry (published as hhsrs-toolkit/core) and doing what its law says.
import { expect } from '@open-wc/testing';
import {
  awaabsLawDueDates,
  bedroomStandard,
  hmoRoomSizes,
  hmoSleeping,
  isWorkingDay,
  noticeTimeline,
  type Person,
} from '../../src/core/index.ts';

describe('the core entry exports the later contract functions', () => {
  it('isWorkingDay: Monday 2 March 2026 is one; Christmas Day 2026 and a Saturday are not', () => {
    expect(isWorkingDay('2026-03-02')).to.equal(true);
    expect(isWorkingDay('2026-12-25')).to.equal(false);
    expect(isWorkingDay('2026-03-07')).to.equal(false);
  });

  it('bedroomStandard: boys 12 and 5 with girls 4 and 3 need 2 bedrooms (FACTS §5)', () => {
    const people: Person[] = [
      { id: 'b12', age: 12, sex: 'male' },
      { id: 'b5', age: 5, sex: 'male' },
      { id: 'g4', age: 4, sex: 'female' },
      { id: 'g3', age: 3, sex: 'female' },
    ];
    expect(bedroomStandard(people).bedroomsNeeded).to.equal(2);
  });

  it('hmoRoomSizes: 4.64 m² may be slept in, by no one over 10; 6.51 m² takes one person over 10 (2018 regs)', () => {
    const [small, single] = hmoRoomSizes({
      rooms: [
        { id: 'box', squareMetres: 4.64 },
        { id: 'single', squareMetres: 6.51 },
      ],
    });
    expect([small!.sleepingAllowed, small!.maxPersonsOver10]).to.deep.equal([true, 0]);
    expect([single!.sleepingAllowed, single!.maxPersonsOver10]).to.deep.equal([true, 1]);
  });

  it('hmoSleeping: an adult in a 6 m² bedroom is in a room too small for one person over 10', () => {
    const result = hmoSleeping(
      { people: [{ id: 'a', age: 30, sex: 'female' }], rooms: [{ id: 'bed', use: 'bedroom', squareMetres: 6 }] },
      [{ roomId: 'bed', personIds: ['a'] }],
    );
    expect(result.arrangement).to.deep.equal([{ roomId: 'bed', personIds: ['a'] }]);
    expect(result.rooms[0]!.maxPersonsOver10).to.equal(0);
  });

  it('noticeTimeline: an improvement notice served 2 March 2026 can be appealed until 22 March (Sch. 1 para 14)', () => {
    const timeline = noticeTimeline({
      notice: 'improvement-notice',
      category: 1,
      nation: 'england',
      date: '2026-03-02',
    });
    expect(timeline.section).to.equal('s.11');
    expect(timeline.milestones.map((m) => m.date)).to.include('2026-03-22');
  });

  it('awaabsLawDueDates: an emergency hazard is due to be made safe 24 hours after awareness (FACTS §4)', () => {
    const result = awaabsLawDueDates({ riskLevel: 'emergency', awareAt: '2026-03-02T09:15' });
    expect(result.dueDates.map((d) => d.due)).to.deep.equal(['2026-03-03T09:15:00+00:00']);
  });
});
