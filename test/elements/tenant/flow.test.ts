import { expect } from '@open-wc/testing';
import {
  pageAfter,
  pageBefore,
  pageErrors,
  pageSequence,
  resumePage,
} from '../../../src/elements/hhsrs-assessor/tenant/flow.ts';
import { parseTenantDraft, type TenantDraft } from '../../../src/schema/tenant.ts';
import { freshTenantDraft, freshTopicAnswers } from '../../../src/schema/tenant-values.ts';

const draft = (patch: Partial<TenantDraft>): TenantDraft => ({ ...freshTenantDraft(), ...patch });
const QUESTION_PAGES = ['nation', 'landlord', 'household', 'problems', 'told'];
const questions = (pages: string[]) =>
  pages.filter((page) => QUESTION_PAGES.includes(page) || page.startsWith('topic:')).length;
/** The screens up to and including the letter (after it come the pages about sending it). */
const toLetter = (pages: string[]) => pages.slice(0, pages.indexOf('letter') + 1);

describe('tenant check page order (one thing per page)', () => {
  it('damp flat with a toddler: 15 screens and 9 questions to the letter, then how and when it was sent', () => {
    const all = pageSequence(
      draft({
        nation: 'england',
        landlord: 'council',
        household: ['under-5'],
        topics: ['damp-and-mould'],
        answers: { 'damp-and-mould': { ...freshTopicAnswers(), kinds: ['mould'] } },
      }),
    );
    const pages = toLetter(all);
    expect(all.slice(pages.length)).to.deep.equal(['sent-how', 'sent-on', 'follow-up']);
    expect(pages).to.deep.equal([
      'start',
      'nation',
      'landlord',
      'household',
      'problems',
      'topic:damp-and-mould:kinds',
      'topic:damp-and-mould:severity',
      'topic:damp-and-mould:since',
      'topic:damp-and-mould:rooms',
      'told',
      'check',
      'results',
      'next-steps',
      'letter-details',
      'letter',
    ]);
    expect(questions(pages)).to.equal(9);
  });

  it('no heating for a 70-year-old social tenant in cold weather: 17 screens, 10 questions, the emergency straight after "cold now"', () => {
    const pages = pageSequence(
      draft({
        nation: 'england',
        landlord: 'housing-association',
        household: ['65-plus'],
        topics: ['cold'],
        answers: { cold: { ...freshTopicAnswers(), kinds: ['no-heating'], coldNow: 'yes' } },
      }),
    );
    expect(pages.slice(5, 11)).to.deep.equal([
      'topic:cold:kinds',
      'topic:cold:severity',
      'topic:cold:cold-now',
      'emergency:cold',
      'topic:cold:since',
      'topic:cold:rooms',
    ]);
    expect(toLetter(pages).length).to.equal(17);
    expect(questions(pages)).to.equal(10);
  });

  it('broken stair rail in a private let: 15 screens and 9 questions', () => {
    const pages = pageSequence(
      draft({
        nation: 'england',
        landlord: 'private',
        household: ['none'],
        topics: ['falls'],
        answers: { falls: { ...freshTopicAnswers(), kinds: ['stair-rail'] } },
      }),
    );
    expect(toLetter(pages).length).to.equal(15);
    expect(questions(pages)).to.equal(9);
  });

  it('shows what to do about a smell of gas before asking anything else about it', () => {
    const pages = pageSequence(
      draft({ nation: 'wales', topics: ['gas'], answers: { gas: { ...freshTopicAnswers(), kinds: ['gas-smell'] } } }),
    );
    expect(pages.slice(5, 8)).to.deep.equal(['topic:gas:kinds', 'emergency:gas', 'topic:gas:since']);
  });

  it('stops after "where is your home" for Scotland and Northern Ireland, where the HHSRS does not apply', () => {
    expect(pageSequence(draft({ nation: 'scotland' }))).to.deep.equal(['start', 'nation', 'outside']);
    expect(pageSequence(draft({ nation: 'northern-ireland' }))).to.deep.equal(['start', 'nation', 'outside']);
  });

  it('asks problems in the order offered, whatever order they were ticked in', () => {
    const pages = pageSequence(draft({ nation: 'england', topics: ['crowding', 'damp-and-mould'] }));
    expect(pages.indexOf('topic:damp-and-mould:kinds')).to.be.below(pages.indexOf('topic:crowding:kinds'));
  });
});

describe('tenant check navigation', () => {
  const answered = draft({
    nation: 'england',
    landlord: 'private',
    household: ['none'],
    topics: ['falls'],
    told: 'no',
    answers: {
      falls: { kinds: ['stair-rail'], severity: 'low', coldNow: null, since: 'this-week', rooms: ['hall-and-stairs'] },
    },
  });

  it('goes back to "Check your answers" after a change, unless the change needs new answers', () => {
    const changing = { ...answered, returnTo: 'check' as const };
    expect(pageAfter('landlord', changing)).to.equal('check');
    expect(pageBefore('landlord', changing)).to.equal('check');
    const added = { ...changing, topics: ['falls' as const, 'heat' as const] };
    expect(pageAfter('problems', added)).to.equal('topic:heat:kinds');
    const gas = {
      ...changing,
      topics: ['gas' as const],
      answers: { gas: { ...freshTopicAnswers(), kinds: ['gas-smell'], since: 'this-week' as const } },
    };
    expect(pageAfter('topic:gas:kinds', gas), 'an emergency is still shown').to.equal('emergency:gas');
  });

  it('goes forward and back one page at a time otherwise', () => {
    expect(pageAfter('start', answered)).to.equal('nation');
    expect(pageBefore('nation', answered)).to.equal('start');
    expect(pageBefore('start', answered)).to.equal('start');
    expect(pageAfter('letter', answered)).to.equal('sent-how');
    expect(pageAfter('follow-up', answered)).to.equal('follow-up');
  });

  it('comes back to the follow-up only with how and when the letter was sent; not having sent it is no gap in the check', () => {
    const details = { ...answered, letter: { ...answered.letter, name: 'Sam', address: '1 Mill Lane' } };
    const sent = { how: 'email' as const, day: '9', month: '11', year: '2026' };
    expect(resumePage({ ...details, page: 'follow-up', sent }, '2026-11-23')).to.equal('follow-up');
    expect(resumePage({ ...details, page: 'follow-up', sent: { ...sent, how: null } }, '2026-11-23')).to.equal(
      'sent-how',
    );
    expect(
      resumePage({ ...details, page: 'follow-up', sent: { ...sent, day: '31', month: '2' } }, '2026-11-23'),
    ).to.equal('sent-on');
    expect(resumePage({ ...details, page: 'follow-up' }, '2026-11-23')).to.equal('sent-how');
    expect(resumePage({ ...details, page: 'somewhere-old' }, '2026-11-23')).to.equal('check');
    expect(resumePage({ ...details, nation: 'scotland', page: 'follow-up', sent }, '2026-11-23')).to.equal('outside');
  });

  it('resumes on the saved page, or on the first unanswered page when the saved one no longer fits', () => {
    expect(resumePage({ ...answered, page: 'results' })).to.equal('results');
    expect(resumePage({ ...answered, page: 'topic:cold:cold-now', told: null })).to.equal('told');
    expect(resumePage({ ...answered, page: 'topic:cold:cold-now' })).to.equal('letter-details');
    const withDetails = { ...answered, letter: { ...answered.letter, name: 'Sam', address: '1 Mill Lane' } };
    expect(resumePage({ ...withDetails, page: 'somewhere-old' })).to.equal('check');
  });

  it('says what is missing on each page', () => {
    const empty = freshTenantDraft();
    const rows: [Parameters<typeof pageErrors>[0], string[]][] = [
      ['start', []],
      ['nation', ['nationError']],
      ['landlord', ['landlordError']],
      ['household', ['householdError']],
      ['problems', ['problemsError']],
      ['topic:damp-and-mould:kinds', ['kindsError']],
      ['topic:damp-and-mould:severity', ['severityError']],
      ['topic:cold:cold-now', ['coldNowError']],
      ['topic:damp-and-mould:since', ['sinceError']],
      ['topic:damp-and-mould:rooms', ['roomsError']],
      ['told', ['toldError']],
      ['letter-details', ['detailsNameError', 'detailsAddressError']],
      ['sent-how', ['sentHowError']],
      ['sent-on', ['sentOnMissing']],
    ];
    for (const [page, messages] of rows)
      expect(
        pageErrors(page, empty).map((error) => error.message),
        page,
      ).to.deep.equal(messages);
    // GOV.UK date input: missing, then not a real date, then (knowing today) not in the future.
    const sentOn = (day: string, month: string, year: string, today?: string) =>
      pageErrors('sent-on', { ...empty, sent: { how: 'post', day, month, year } }, today).map(
        (error) => `${error.fieldId} ${error.message}`,
      );
    expect(sentOn(' ', '', '')).to.deep.equal(['sent-day sentOnMissing']);
    expect(sentOn('29', '2', '2026')).to.deep.equal(['sent-day sentOnReal']);
    expect(sentOn('1', '3', '26')).to.deep.equal(['sent-day sentOnReal']);
    expect(sentOn('1st', '3', '2026')).to.deep.equal(['sent-day sentOnReal']);
    expect(sentOn('24', '11', '2026', '2026-11-23')).to.deep.equal(['sent-day sentOnFuture']);
    expect(sentOn('23', '11', '2026', '2026-11-23')).to.deep.equal([]);
    expect(sentOn('29', '2', '2028')).to.deep.equal([]);
    expect(
      pageErrors('letter-details', { ...empty, letter: { ...empty.letter, name: 'Sam', address: '  ' } }).map(
        (e) => e.fieldId,
      ),
    ).to.deep.equal(['address']);
  });
});

describe('saved tenant drafts', () => {
  it('reads back what it saved, and refuses a draft it cannot read so the check starts afresh', () => {
    const saved = draft({
      nation: 'wales',
      household: ['under-5'],
      topics: ['damp-and-mould'],
      answers: { 'damp-and-mould': { ...freshTopicAnswers(), kinds: ['mould', 'from-a-newer-version'] } },
    });
    expect(parseTenantDraft(structuredClone(saved))).to.deep.equal(saved);
    expect(parseTenantDraft({ ...saved, version: 2 })).to.equal(undefined);
    expect(parseTenantDraft({ ...saved, nation: 'france' })).to.equal(undefined);
    expect(parseTenantDraft(null)).to.equal(undefined);
    // How and when the letter was sent, and its language, came later: drafts with and without them read back.
    const sent = {
      ...saved,
      letterLang: 'en' as const,
      sent: { how: 'post' as const, day: '9', month: '11', year: '2026' },
    };
    expect(parseTenantDraft(structuredClone(sent))).to.deep.equal(sent);
    expect(parseTenantDraft({ ...sent, sent: { ...sent.sent, how: 'pigeon' } })).to.equal(undefined);
  });
});
