/** The Markdown summary explains both raters' results and stays a valid table whatever the names contain. */
import { describe, expect, it } from 'vitest';
import { blankV1Assessment } from '@tests/fixtures/legacy-links';
import { buildCalculatorModel } from '@lib/calculator/model';
import { markdownSummary } from '@lib/calculator/summary';
import { raterWith, seedModel, seedTrack } from './support';

describe('markdownSummary', () => {
  it('says when nothing is rated', () => {
    const text = markdownSummary(seedModel, blankV1Assessment('software-engineer'), { date: '2025-01-31' });
    expect(text).toContain('# Software Engineer assessment');
    expect(text).toContain('Date: 2025-01-31');
    expect(text).toContain('Nothing rated yet.');
  });

  it('gives each rater score and level, a competency table and the reasoning', () => {
    const state = blankV1Assessment('software-engineer');
    // L3 everywhere, System Design demoted to L2 (−1.5), English capped at L1 (−2): 31 / 11.5 = 2.70.
    state.raters.self = raterWith(seedModel, 3, { 'system-design': [4, 3, 1, 3, 2] }, { english: [2] });
    state.raters.manager = raterWith(seedModel, 2);
    const text = markdownSummary(seedModel, state);
    expect(text).toContain('- **Self-assessment:** score 2.70 → L2 Middle SE');
    expect(text).toContain('- **Manager:** score 2.00 → L2 Middle SE');
    expect(text).toContain('| Competency | Weight | Self-assessment | Manager | L2 target |');
    expect(text).toContain('| System Design & Architecture | 1.5 | L2 | L2 | L2 |');
    expect(text).toContain('| Technical Mastery | 2 | L3 | L2 | L3 |');
    expect(text).toContain('sorted 4 3 3 2 1, 3rd value 3; lowest 1 is more than one below, demoted to 2');
    expect(text).toMatch(/English Proficiency: \*\*L1\*\* \(.*anti-signal of L2 observed, capped at 1\)/);
    expect(text).toContain('  - Anti-signal (L2) observed: ');
  });

  it('leaves out a rater with no input and reports an incomplete one', () => {
    const state = blankV1Assessment('software-engineer');
    state.raters.manager = raterWith(seedModel, 3);
    delete state.raters.manager.ratings['english'];
    const text = markdownSummary(seedModel, state);
    expect(text).not.toContain('Self-assessment');
    expect(text).toContain('- **Manager:** not complete (7 of 8 competencies rated)');
    expect(text).toContain('English Proficiency: not rated yet (0 of 5 dimensions)');
  });

  it('escapes pipes in names so the table keeps its columns', () => {
    const model = buildCalculatorModel(seedTrack);
    model.competencies[0]!.name = 'Code | Quality';
    const state = blankV1Assessment('software-engineer');
    state.raters.self = raterWith(model, 3);
    expect(markdownSummary(model, state)).toContain('| Code \\| Quality | ');
  });
});
