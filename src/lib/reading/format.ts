/**
 * How the reading pages write the ladder's numbers and names. Pure functions, so the wording the seed
 * expects ("Weight ×1.5", "L3 · hire bar", "Tech Lead · 2 tracks") is defined once and unit-tested.
 */
import type { Level, Track } from '../ladder/model';

/** The separator the ladder uses between a name and its qualifier. */
export const DOT = ' · ';

/** "×2", "×1.5": a competency weight as a multiplier. */
export const formatWeight = (weight: number): string => `×${weight}`;

/** A number with one decimal, as score bands are written ("1.0", "4.4"). */
export const oneDecimal = (value: number): string => value.toFixed(1);

/** "1.0 – 1.8": a level's score band. */
export const formatBand = (band: { min: number; max: number }): string =>
  `${oneDecimal(band.min)} – ${oneDecimal(band.max)}`;

/** The title on a level card: "Tech Lead · 2 tracks" (title, then its note when it has one). */
export const levelCardTitle = (level: Pick<Level, 'title' | 'note'>): string =>
  level.note ? `${level.title}${DOT}${level.note}` : level.title;

/** "L3 · hire bar" for the hire-bar level, "L2" for the others. */
export const levelCodeWithHireBar = (level: Pick<Level, 'code' | 'isHireBar'>, track: Pick<Track, 'labels'>): string =>
  level.isHireBar ? `${level.code}${DOT}${track.labels.hireBar}` : level.code;

/** A measurement-matrix column header: "L2 · Familiar". */
export const matrixHeader = (level: Pick<Level, 'code' | 'matrixName'>): string =>
  level.matrixName ? `${level.code}${DOT}${level.matrixName}` : level.code;

/** A scale-legend entry: "3 Proficient". */
export const scaleEntry = (level: Pick<Level, 'rank' | 'scaleName'>): string => `${level.rank} ${level.scaleName}`;

/** A quote in typographic quotes: “I learn by doing.” */
export const curlyQuote = (text: string): string => `\u201c${text.replace(/^["\u201c]|["\u201d]$/g, '')}\u201d`;

/** "L4 · Principal Engineer (IC)": an IC track's heading. */
export const icTrackHeading = (ic: { level: string; title: string }): string => `${ic.level}${DOT}${ic.title}`;

/** "The 5 SE levels". */
export const levelsHeading = (track: Pick<Track, 'abbreviation' | 'levels'>): string =>
  `The ${track.levels.length} ${track.abbreviation} levels`;

/** "L1 → L2": a promotion step. */
export const stepHeading = (from: string, to: string): string => `${from} \u2192 ${to}`;

/** English plural for the small counts the pages show ("1 level", "8 competencies"). */
export const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** A label without its explanatory tail: "Anti-signal · auto-disqualifies the level" -> "Anti-signal". */
export const shortLabel = (label: string): string => label.split(DOT)[0]!.trim();
