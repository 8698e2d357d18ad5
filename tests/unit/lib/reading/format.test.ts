/** How the reading pages write the ladder's numbers and names (the wording the seed uses). */
import { describe, expect, it } from 'vitest';
import {
  curlyQuote,
  formatBand,
  formatWeight,
  icTrackHeading,
  levelCardTitle,
  levelCodeWithHireBar,
  levelsHeading,
  matrixHeader,
  scaleEntry,
  stepHeading,
} from '@lib/reading/format';
import { seedTrack } from '@tests/fixtures/ladders';

const track = seedTrack();
const level = (code: string) => track.levels.find((l) => l.code === code)!;

describe('reading-page wording', () => {
  it('writes weights as multipliers', () => {
    expect(formatWeight(2)).toBe('×2');
    expect(formatWeight(1.5)).toBe('×1.5');
  });

  it('writes score bands with one decimal and an en dash', () => {
    expect(formatBand({ min: 1, max: 1.8 })).toBe('1.0 – 1.8');
    expect(formatBand({ min: 4.5, max: 5 })).toBe('4.5 – 5.0');
  });

  it('titles a level card with its note when it has one', () => {
    expect(levelCardTitle({ title: 'Tech Lead', note: '2 tracks' })).toBe('Tech Lead · 2 tracks');
    expect(levelCardTitle({ title: 'Junior SE' })).toBe('Junior SE');
  });

  it('marks the hire-bar level with the track label, and only that level', () => {
    expect(levelCodeWithHireBar(level('L3'), track)).toBe(`L3 · ${track.labels.hireBar}`);
    expect(levelCodeWithHireBar(level('L2'), track)).toBe('L2');
  });

  it('heads matrix columns with the code and the matrix name of the level', () => {
    expect(matrixHeader({ code: 'L2', matrixName: 'Familiar' })).toBe('L2 · Familiar');
    expect(matrixHeader({ code: 'L2', matrixName: '' })).toBe('L2');
  });

  it('names the scale, the steps, IC tracks and the levels heading', () => {
    expect(scaleEntry({ rank: 3, scaleName: 'Proficient' })).toBe('3 Proficient');
    expect(stepHeading('L1', 'L2')).toBe('L1 → L2');
    expect(icTrackHeading({ level: 'L4', title: 'Principal Engineer (IC)' })).toBe('L4 · Principal Engineer (IC)');
    expect(levelsHeading({ abbreviation: 'DA', levels: track.levels.slice(0, 2) })).toBe('The 2 DA levels');
  });

  it('puts quotes in typographic quotes without doubling quotes already there', () => {
    expect(curlyQuote('I learn by doing.')).toBe('\u201cI learn by doing.\u201d');
    expect(curlyQuote('"Quoted"')).toBe('\u201cQuoted\u201d');
  });
});
