// The answer cards say what the content says: each expectation is read from the ladder, never copied.
import { describe, expect, it } from 'vitest';
import { buildLadder } from '@lib/ladder/model';
import { readContentDir } from '@lib/ladder/read-content-dir';
import { answerCard } from '@lib/search/answer-card';
import { competencyLevelAnswer, trackAnswers } from '@lib/search/answers';
import { repoRoot, seedContentDir } from '../ladder/support';

const track = buildLadder(readContentDir(seedContentDir, repoRoot)).tracks[0]!;
const answers = trackAnswers(track);
const mentoring = track.competencies.find((competency) => competency.slug === 'mentoring')!;
const levels = mentoring.levels.map((block) => competencyLevelAnswer(mentoring, block));

describe('answer cards', () => {
  it('a competency at a level: its summary, target on the scale and behaviours', () => {
    const l3 = mentoring.levels.find((block) => block.level === 'L3')!;
    const card = answerCard(
      { type: 'competencyLevel', track: track.slug, competency: 'mentoring', level: 'L3' },
      answers,
      levels,
    )!;
    expect(card.title).toBe(`${mentoring.shortName} at L3 · ${track.levels[2]!.title}`);
    expect(card.facts).toEqual([`Target ${mentoring.targets.L3} · ${track.scaleLegend[mentoring.targets.L3! - 1]}`]);
    expect(card.summary).toBe(l3.summary);
    expect(card.list!.items[0]).toBe(l3.behaviours[0]!.text);
  });

  it('a kind across levels: one line per level', () => {
    const card = answerCard(
      { type: 'competencyKind', track: track.slug, competency: 'mentoring', part: 'antiSignal' },
      answers,
      levels,
    )!;
    expect(card.list!.items).toEqual(mentoring.levels.map((block) => `${block.level}: ${block.antiSignal.text}`));
  });

  it('a long list is cut short, saying how many more the page has', () => {
    const card = answerCard(
      { type: 'competencyKind', track: track.slug, competency: 'mentoring', part: 'behaviour' },
      answers,
      levels,
    )!;
    const all = mentoring.levels.flatMap((block) => block.behaviours).length;
    expect(card.list!.items).toHaveLength(6);
    expect(card.list!.items.at(-1)).toBe(`and ${all - 5} more on the page`);
  });

  it('the hire bar, a promotion step and the scoring rule', () => {
    const hireBar = track.levels.find((level) => level.isHireBar)!;
    expect(answerCard({ type: 'hireBar', track: track.slug }, answers)!.facts).toEqual([
      `from a score of ${hireBar.band.min.toFixed(1)}`,
    ]);
    const step = track.promotions[0]!;
    const promotion = answerCard({ type: 'promotion', track: track.slug, step: step.slug }, answers)!;
    expect(promotion.title).toBe(`Promotion ${step.from} → ${step.to}`);
    expect(promotion.list!.items[0]).toBe(step.demonstrate[0]!.text);
    const rule = answerCard({ type: 'scoringRule', track: track.slug, competency: 'mentoring' }, answers)!;
    expect(rule.summary).toBe(mentoring.rule.text);
  });

  it('nothing for a competency the track does not have', () => {
    expect(answerCard({ type: 'scoringRule', track: track.slug, competency: 'nope' }, answers)).toBeUndefined();
  });
});
