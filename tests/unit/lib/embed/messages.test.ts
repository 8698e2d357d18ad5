import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rater } from '@lib/assessment/raters';
import { buildCalculatorModel } from '@lib/calculator/model';
import { assess } from '@lib/calculator/results';
import { HOST_SCRIPT } from '@lib/embed/host-script';
import { resizeMessage, resultMessage } from '@lib/embed/messages';
import { seedTrack } from '@tests/fixtures/ladders';

const root = new URL('../../../../', import.meta.url).pathname;
const track = seedTrack();
const model = buildCalculatorModel(track);

function flatRater(level: number): Rater {
  const rater: Rater = { ratings: {}, antiSignals: {} };
  for (const c of model.competencies) rater.ratings[c.id] = Object.fromEntries(c.dimensions.map((d) => [d.id, level]));
  return rater;
}

describe('messages to the host page', () => {
  it('resize carries the height rounded up', () => {
    expect(resizeMessage(812.2)).toEqual({ type: 'career-ladder:resize', version: 1, height: 813 });
  });

  it('result carries score, level code and the shown competencies only', () => {
    const assessment = assess(model, flatRater(2));
    const shown = [model.competencies[1]!.id, model.competencies[0]!.id];
    const message = resultMessage(model, assessment, 'manager', shown);
    const level2 = model.levels[1]!;
    expect(message).toEqual({
      type: 'career-ladder:result',
      version: 1,
      track: track.slug,
      rater: 'manager',
      score: 2,
      level: model.levels.find((l) => l.band.min <= 2 && 2 <= l.band.max)!.code,
      // model order, not request order
      competencies: [
        { id: model.competencies[0]!.id, level: level2.code },
        { id: model.competencies[1]!.id, level: level2.code },
      ],
    });
  });

  it('result has nulls until everything is rated', () => {
    const message = resultMessage(model, assess(model, { ratings: {}, antiSignals: {} }), 'self', [
      model.competencies[0]!.id,
    ]);
    expect(message.score).toBeNull();
    expect(message.level).toBeNull();
    expect(message.competencies).toEqual([{ id: model.competencies[0]!.id, level: null }]);
  });
});

describe('host script', () => {
  it('docs/embedding.md shows the host script exactly as served', () => {
    const docs = readFileSync(`${root}docs/embedding.md`, 'utf8');
    expect(docs).toContain(HOST_SCRIPT);
  });
});
