/**
 * What changed between two versions of a track, found by comparing them: the declarations say only what
 * cannot be inferred (which dimension took over from which, what was retired and why); everything else
 * (dimensions added, names, matrix cells, behaviours, weights, rules, targets, bands) is read from the two
 * tracks. Grouped as the "What changed" page shows it: by competency, then by level.
 */
import type { Declarations, ReleasedCompetency, ReleasedTrack } from './release-file';
import { changesWords, wordDiff, type WordRun } from './word-diff';

/** A value before and after. */
export interface Change<T> {
  before: T;
  after: T;
}

export type DimensionChange =
  | { kind: 'added'; id: string; name: string }
  /** Takes over from one earlier dimension (a rename) or several (a merge). */
  | { kind: 'replaces'; id: string; name: string; replaces: { id: string; name: string }[] }
  | { kind: 'retired'; id: string; name: string; reason: string }
  /** The same id under a new name. */
  | { kind: 'renamed'; id: string; name: Change<string> };

/** One piece of text at one level: a matrix cell, a behaviour, the quote, … */
export interface TextChange {
  kind: 'cell' | 'quote' | 'summary' | 'behaviour' | 'output' | 'trap' | 'example' | 'anti-signal';
  change: 'added' | 'removed' | 'changed';
  /** Its anchor on the competency page now (for a removed item: the anchor it had). */
  id: string;
  /** The dimension's name, for a matrix cell. */
  dimension?: string;
  words: WordRun[];
}

export interface CompetencyLevelChanges {
  level: string;
  /** The target for this level, when it changed. */
  target?: Change<number | undefined>;
  texts: TextChange[];
}

export interface CompetencyChanges {
  slug: string;
  name: string;
  status: 'added' | 'retired' | 'changed';
  /** Why a retired competency was taken out. */
  reason?: string;
  renamed?: Change<string>;
  weight?: Change<number>;
  rule?: Change<{ k: number; m: number; label: string }>;
  dimensions: DimensionChange[];
  levels: CompetencyLevelChanges[];
}

export interface LevelChange {
  slug: string;
  code: string;
  status: 'added' | 'removed' | 'changed';
  title?: Change<string>;
  band?: Change<{ min: number; max: number }>;
}

export interface TrackChanges {
  hireBar?: Change<string>;
  /** The sum of the weights, which the track file states. */
  totalWeight?: Change<number>;
  levels: LevelChange[];
  competencies: CompetencyChanges[];
}

/** True when nothing the diff looks at changed. */
export const isUnchanged = (changes: TrackChanges): boolean =>
  !changes.hireBar && !changes.totalWeight && changes.levels.length === 0 && changes.competencies.length === 0;

const changed = <T>(before: T, after: T): Change<T> | undefined =>
  JSON.stringify(before) === JSON.stringify(after) ? undefined : { before, after };

function levelChanges(before: ReleasedTrack, after: ReleasedTrack): LevelChange[] {
  const old = new Map(before.levels.map((level) => [level.code, level]));
  const changes: LevelChange[] = after.levels.flatMap((level): LevelChange[] => {
    const was = old.get(level.code);
    if (!was) return [{ slug: level.slug, code: level.code, status: 'added' }];
    const title = changed(was.title, level.title);
    const band = changed(was.band, level.band);
    return title || band ? [{ slug: level.slug, code: level.code, status: 'changed', title, band }] : [];
  });
  const kept = new Set(after.levels.map((level) => level.code));
  for (const level of before.levels.filter((one) => !kept.has(one.code))) {
    changes.push({ slug: level.slug, code: level.code, status: 'removed' });
  }
  return changes;
}

/** Items of a list compared: the same text anywhere is unchanged; then pairs by anchor; the rest added or removed. */
function listChanges(
  kind: TextChange['kind'],
  before: { id: string; text: string }[],
  after: { id: string; text: string }[],
): TextChange[] {
  const unmatchedBefore = [...before];
  const unmatchedAfter = after.filter((item) => {
    const same = unmatchedBefore.findIndex((old) => old.text === item.text);
    if (same < 0) return true;
    unmatchedBefore.splice(same, 1);
    return false;
  });
  const changes: TextChange[] = [];
  for (const item of unmatchedAfter) {
    const pair = unmatchedBefore.findIndex((old) => old.id === item.id);
    if (pair >= 0) {
      const [old] = unmatchedBefore.splice(pair, 1);
      changes.push({ kind, change: 'changed', id: item.id, words: wordDiff(old!.text, item.text) });
    } else changes.push({ kind, change: 'added', id: item.id, words: wordDiff('', item.text) });
  }
  for (const old of unmatchedBefore)
    changes.push({ kind, change: 'removed', id: old.id, words: wordDiff(old.text, '') });
  return changes;
}

/** One piece of text compared; nothing when its words are the same. */
function textChange(kind: TextChange['kind'], id: string, before: string | undefined, after: string): TextChange[] {
  if (before === undefined) return [{ kind, change: 'added', id, words: wordDiff('', after) }];
  const words = wordDiff(before, after);
  return changesWords(words) ? [{ kind, change: 'changed', id, words }] : [];
}

type ReleasedDimension = ReleasedCompetency['dimensions'][number];

/**
 * The competency's dimensions added, renamed, replaced and retired, and for each dimension now the one of the
 * previous version whose cells its cells are compared with.
 */
function dimensionChanges(
  before: ReleasedCompetency | undefined,
  after: ReleasedCompetency,
  declarations: Declarations,
): { dimensions: DimensionChange[]; predecessorOf: Map<string, ReleasedDimension> } {
  const own = (competency: string) => competency === after.slug;
  const oldDimensions = new Map((before?.dimensions ?? []).map((dimension) => [dimension.id, dimension]));
  const dimensions: DimensionChange[] = [];
  /** The dimension of the previous version whose cells a dimension's cells are compared with. */
  const predecessorOf = new Map<string, ReleasedDimension>();
  const replacedIds = new Set<string>();
  for (const dimension of after.dimensions) {
    const declared = declarations.replaces.find((one) => own(one.competency) && one.dimension === dimension.id);
    const replaced = (declared?.replaces ?? []).flatMap((id) => oldDimensions.get(id) ?? []);
    const old = oldDimensions.get(dimension.id);
    if (replaced.length > 0 && !old) {
      replaced.forEach((one) => replacedIds.add(one.id));
      dimensions.push({
        kind: 'replaces',
        id: dimension.id,
        name: dimension.name,
        replaces: replaced.map(({ id, name }) => ({ id, name })),
      });
      if (replaced.length === 1) predecessorOf.set(dimension.id, replaced[0]!);
    } else if (!old) {
      if (before) dimensions.push({ kind: 'added', id: dimension.id, name: dimension.name });
    } else {
      predecessorOf.set(dimension.id, old);
      const name = changed(old.name, dimension.name);
      if (name) dimensions.push({ kind: 'renamed', id: dimension.id, name });
    }
  }
  const kept = new Set(after.dimensions.map((dimension) => dimension.id));
  for (const old of before?.dimensions ?? []) {
    if (kept.has(old.id) || replacedIds.has(old.id)) continue;
    const reason = declarations.retired.find((one) => own(one.competency) && one.dimension === old.id)?.reason;
    dimensions.push({ kind: 'retired', id: old.id, name: old.name, reason: reason ?? '' });
  }
  return { dimensions, predecessorOf };
}

/** The texts and targets that changed, level by level; only the levels with a change. */
function competencyLevelChanges(
  before: ReleasedCompetency | undefined,
  after: ReleasedCompetency,
  predecessorOf: Map<string, ReleasedDimension>,
): CompetencyLevelChanges[] {
  const oldLevels = new Map((before?.levels ?? []).map((level) => [level.level, level]));
  return after.levels.flatMap((level): CompetencyLevelChanges[] => {
    const was = oldLevels.get(level.level);
    const cells = after.dimensions.flatMap((dimension) => {
      const cell = dimension.cells[level.level];
      if (!cell) return [];
      const previous = predecessorOf.get(dimension.id)?.cells[level.level]?.text;
      return textChange('cell', cell.id, previous, cell.text).map((one) => ({
        ...one,
        dimension: dimension.name,
      }));
    });
    const texts: TextChange[] = before
      ? [
          ...textChange('quote', level.level.toLowerCase(), was?.quote, level.quote),
          ...textChange('summary', level.level.toLowerCase(), was?.summary, level.summary),
          ...cells,
          ...listChanges('behaviour', was?.behaviours ?? [], level.behaviours),
          ...listChanges('output', was?.outputs ?? [], level.outputs),
          ...textChange('example', level.wouldSee.id, was?.wouldSee.text, level.wouldSee.text),
          ...listChanges('trap', was?.traps ?? [], level.traps),
          ...textChange('anti-signal', level.antiSignal.id, was?.antiSignal.text, level.antiSignal.text),
        ]
      : [];
    const target = before ? changed(before.targets[level.level], after.targets[level.level]) : undefined;
    return texts.length > 0 || target ? [{ level: level.level, ...(target ? { target } : {}), texts }] : [];
  });
}

function competencyChanges(
  before: ReleasedCompetency | undefined,
  after: ReleasedCompetency,
  declarations: Declarations,
): CompetencyChanges | undefined {
  const { dimensions, predecessorOf } = dimensionChanges(before, after, declarations);
  const levels = competencyLevelChanges(before, after, predecessorOf);
  const ruleOf = (competency: ReleasedCompetency) => ({
    k: competency.rule.k,
    m: competency.rule.m,
    label: competency.rule.label,
  });
  const renamed = before ? changed(before.name, after.name) : undefined;
  const weight = before ? changed(before.weight, after.weight) : undefined;
  const rule = before ? changed(ruleOf(before), ruleOf(after)) : undefined;
  if (before && !renamed && !weight && !rule && dimensions.length === 0 && levels.length === 0) return undefined;
  return {
    slug: after.slug,
    name: after.name,
    status: before ? 'changed' : 'added',
    ...(renamed ? { renamed } : {}),
    ...(weight ? { weight } : {}),
    ...(rule ? { rule } : {}),
    dimensions,
    levels,
  };
}

/** Every change from `before` to `after`; `declarations` are those of `after` (its release, or the content). */
export function diffTracks(before: ReleasedTrack, after: ReleasedTrack, declarations: Declarations): TrackChanges {
  const old = new Map(before.competencies.map((competency) => [competency.slug, competency]));
  const competencies = after.competencies.flatMap(
    (competency) => competencyChanges(old.get(competency.slug), competency, declarations) ?? [],
  );
  const kept = new Set(after.competencies.map((competency) => competency.slug));
  for (const competency of before.competencies.filter((one) => !kept.has(one.slug))) {
    const reason = declarations.retired.find((one) => one.competency === competency.slug && !one.dimension)?.reason;
    competencies.push({
      slug: competency.slug,
      name: competency.name,
      status: 'retired',
      reason: reason ?? '',
      dimensions: [],
      levels: [],
    });
  }
  const hireBar = changed(before.hireBar, after.hireBar);
  const totalWeight = changed(before.totalWeight, after.totalWeight);
  return {
    ...(hireBar ? { hireBar } : {}),
    ...(totalWeight ? { totalWeight } : {}),
    levels: levelChanges(before, after),
    competencies,
  };
}
