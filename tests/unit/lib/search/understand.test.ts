// Query understanding, table-driven: questions as engineers type them (misspellings and capitals included),
// each with the one place on the site that answers it. The ladder is the seed plus the fixture track
// (Data Analyst, levels A1 and A2), so the second track's words are understood too.
import { describe, expect, it } from 'vitest';
import { buildLadder } from '@lib/ladder/model';
import { readContentDir } from '@lib/ladder/read-content-dir';
import { decodeTracks, encodeTracks, searchTerms, termsIndex, trackDetails, type TermsIndex } from '@lib/search/terms';
import {
  answerTarget,
  answerTrack,
  targetHref,
  targetPath,
  understand,
  type AnswerTarget,
} from '@lib/search/understand';
import { miniLadderDir, repoRoot, seedContentDir, withContentDir } from '../ladder/support';

const ladder = withContentDir([seedContentDir, miniLadderDir], (dir) => buildLadder(readContentDir(dir, repoRoot)));
const terms = searchTerms(ladder, '/');
// As the search page sees them: the index of phrases, then one track's details.
const index = termsIndex(terms);
const detailsOf = (slug: string) => trackDetails(terms.tracks.find((track) => track.slug === slug)!);

/** A question's answer as the search page finds it, with the details of the track it is in. */
function answer(question: string, termsOf: TermsIndex = index) {
  const understanding = understand(question, termsOf);
  const slug = answerTrack(understanding, termsOf);
  const track = slug ? detailsOf(slug) : undefined;
  const target: AnswerTarget | undefined = track && answerTarget(understanding, track);
  return { target, track };
}

const se = 'software-engineer';
const da = 'data-analyst';
const competency = (track: string, slug: string, anchor = '') => `${track}/competencies/${slug}/${anchor}`;

/** Question -> the path and anchor of its answer (undefined: no answer card). */
const questions: [string, string | undefined][] = [
  // A level and a competency: that competency's level section.
  ['what does L3 need in code quality', competency(se, 'code-quality', '#l3')],
  ['What does L3 need in Code Quality?', competency(se, 'code-quality', '#l3')],
  ['WHAT DOES L3 NEED IN CODE QUALITY', competency(se, 'code-quality', '#l3')],
  ['code qualty at level 3', competency(se, 'code-quality', '#l3')],
  ['senior system design', competency(se, 'system-design', '#l3')],
  ['what is expected of a junior in english', competency(se, 'english', '#l1')],
  ['middle engineer mentoring', competency(se, 'mentoring', '#l2')],
  ['tech lead communication', competency(se, 'communication', '#l4')],
  ['L5 technical mastery', competency(se, 'technical-mastery', '#l5')],
  ['l2 probelm solving', competency(se, 'problem-solving', '#l2')],
  ['ai tools at L4', competency(se, 'ai-tools', '#l4')],
  // A kind of item narrows it.
  ['L3 anti-signal in mentoring', competency(se, 'mentoring', '#l3-anti-signal')],
  ['what counts as an anti-signal in mentoring', competency(se, 'mentoring', '#measurement-matrix')],
  ['red flags in code quality', competency(se, 'code-quality', '#measurement-matrix')],
  ['communication behaviours', competency(se, 'communication', '')],
  ['system design matrix', competency(se, 'system-design', '#measurement-matrix')],
  // Promotion steps.
  ['how do I become a senior engineer', `${se}/promotion/#l2-to-l3`],
  ['how do i becmoe a senoir', `${se}/promotion/#l2-to-l3`],
  ['promoted to tech lead', `${se}/promotion/#l3-to-l4`],
  ['promotion to L2', `${se}/promotion/#l1-to-l2`],
  ['get promoted from L4 to L5', `${se}/promotion/#l4-to-l5`],
  ['how do I become a principal', `${se}/promotion/#l3-to-l4`],
  // Comparisons.
  ['tech lead vs solution architect', `${se}/compare/l4-l5/`],
  ['L3 vs L2', `${se}/compare/l2-l3/`],
  ['compare level 1 and level 4', `${se}/compare/l1-l4/`],
  ['difference between junior and middle', `${se}/compare/l1-l2/`],
  ['tech lead vs principal engineer', `${se}/ic-tracks/#principal-engineer`],
  ['solution architect versus distinguished', `${se}/ic-tracks/#distinguished-engineer`],
  // Tracks and moves.
  ['can I move from the management track to IC', `${se}/ic-tracks/#track-moves`],
  ['individual contributor track', `${se}/ic-tracks/`],
  ['distinguished engineer', `${se}/ic-tracks/#distinguished-engineer`],
  // The hire bar and the score.
  ['what is the hire bar', `${se}/#levels`],
  ['hiring bar', `${se}/#levels`],
  ['how is the score calculated', `${se}/self-assessment/`],
  ['how is code quality scored', competency(se, 'code-quality', '#scoring-rule')],
  ['scoring rule for mentoring', competency(se, 'mentoring', '#scoring-rule')],
  // A level alone.
  ['senior', `${se}/levels/l3/`],
  ['Level 2', `${se}/levels/l2/`],
  // The fixture track's own words.
  ['what does A2 need in storytelling', competency(da, 'storytelling', '#a2')],
  ['sql at A1', competency(da, 'sql', '#a1')],
  ['senior analyst sql', competency(da, 'sql', '#a2')],
  ['storytelling anti-signals', competency(da, 'storytelling', '#measurement-matrix')],
  ['how do I become a senior analyst', `${da}/promotion/#a1-to-a2`],
  ['data analyst hire bar', `${da}/#levels`],
  // Searches that name no ladder thing answer nothing: the results speak.
  ['postmortem', undefined],
  ['race conditions', undefined],
  ['mentoring evidence', undefined],
  ['zzqxv flibbertigibbet', undefined],
  ['code', undefined],
];

describe('query understanding', () => {
  it.each(questions)('%s', (question, expected) => {
    const { target, track } = answer(question);
    expect(target && track && targetPath(target, track)).toBe(expected);
  });

  it('answers at least 30 questions', () => {
    expect(questions.filter(([, expected]) => expected).length).toBeGreaterThanOrEqual(30);
  });

  it('leaves question words out of the words it searches for', () => {
    expect(understand('how do I become a senior engineer', index).meaningful).toEqual(['senior', 'engineer']);
    expect(understand('what does L3 need in code quality', index).meaningful).toEqual(['code', 'quality']);
    expect(understand('tech lead vs solution architect', index).meaningful).toEqual([
      'tech',
      'lead',
      'solution',
      'architect',
    ]);
  });

  it('links under the base path', () => {
    const based = termsIndex(searchTerms(ladder, '/ladder/'));
    const { target, track } = answer('L3 code quality', based);
    expect(targetHref(target!, track!, based.base)).toBe('/ladder/software-engineer/competencies/code-quality/#l3');
  });

  it('writes each phrase once with the tracks it names, so copies of a track cost little', () => {
    const senior = index.phrases.filter(([text]) => text === 'senior');
    expect(senior).toEqual([
      ['senior', 'level:L3', String(index.tracks.indexOf('software-engineer'))],
      ['senior', 'level:A2', String(index.tracks.indexOf('data-analyst'))],
    ]);
    expect(index.phrases.find(([text]) => text === 'anti signal')).toEqual(['anti signal', 'kind:antiSignal', '0-1']);
  });
});

describe('the tracks of a phrase', () => {
  it('are written as ranges and read back', () => {
    for (const tracks of [[0], [0, 1, 2, 3], [0, 2, 3, 4, 9], Array.from({ length: 50 }, (_, index) => index)]) {
      expect(decodeTracks(encodeTracks(tracks))).toEqual(tracks);
    }
    expect(encodeTracks([0, 2, 3, 4, 9])).toBe('0,2-4,9');
  });
});
