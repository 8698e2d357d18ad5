/**
 * Query understanding: which ladder things a typed question names, and the one place on the site that
 * answers it. "what does L3 need in code quality" names a level and a competency: that competency's L3
 * section. "how do I become a senior" asks for the promotion step into L3. The ladder's words come from the
 * build (terms.ts); the question words here are English, not ladder content.
 *
 * Pure: query and terms in, understanding and target out (the search page renders the target).
 */
import { antiSignalId, levelPrefix, wouldSeeId } from '../ladder/item-ids';
import { anchors, joinBase, routes } from '../routes';
import { decodeTracks, type ItemKind, type TermsIndex, type TrackDetails } from './terms';
import { sameWord, singular, tokens } from './words';

/** What a question asks, besides the ladder things it names. */
export type Intent = 'promotion' | 'compare' | 'score' | 'hireBar' | 'icTrack' | 'move';

const INTENT_PHRASES: Record<Intent, string[]> = {
  promotion: ['promotion', 'promoted', 'promote', 'become', 'becoming', 'get to', 'reach', 'move up', 'next level'],
  compare: ['vs', 'versus', 'compare', 'compared', 'comparison', 'difference', 'different', 'differ', 'what changes'],
  score: ['score', 'scoring', 'scored', 'calculated', 'calculate', 'calculation', 'computed', 'scoring rule', 'weight'],
  hireBar: ['hire bar', 'hiring bar', 'hire', 'hiring', 'hired'],
  icTrack: [
    'ic',
    'ic track',
    'individual contributor',
    'management track',
    'management',
    'manager',
    'mgmt',
    'sub track',
  ],
  move: ['move', 'switch', 'change', 'transfer', 'moving', 'switching'],
};

/** Intents whose words say how the question is asked, not what about: never searched for. */
const QUESTION_INTENTS = new Set<Intent>(['promotion', 'compare', 'move']);

/** Words that carry the question, not its subject: understood, never searched for. */
const FILLER = new Set(
  (
    'a about am an and any are as at be been can could do does did for from get go have has how i if in into is ' +
    'it its just level like look looks me mean means my need needs needed next of on or our required requirement ' +
    'requirements should show tell than that the their there these this those to us v was we what whats when where ' +
    'which who why will with would you your expected expect counts count'
  ).split(' '),
);

/** What a phrase of the vocabulary names; `track` is the track's index in the terms. */
export type Named =
  | { type: 'track'; track: number }
  | { type: 'level'; track: number; code: string; subTrack?: string }
  | { type: 'competency'; track: number; slug: string }
  | { type: 'kind'; kind: ItemKind }
  | { type: 'intent'; intent: Intent };

interface Phrase {
  words: string[];
  named: Named[];
}

/** What an index entry names ("level:L4:principal-engineer"), in each of its tracks. */
function namedBy(key: string, tracks: number[]): Named[] {
  const [type, id = '', subTrack] = key.split(':');
  if (type === 'kind') return [{ type: 'kind', kind: id as ItemKind }];
  return tracks.map((track): Named => {
    if (type === 'level') return subTrack ? { type, track, code: id, subTrack } : { type, track, code: id };
    if (type === 'competency') return { type, track, slug: id };
    return { type: 'track', track };
  });
}

/** Every phrase of the index and the question words with what they name, longest first ("tech lead" before "lead"). */
export function lexicon(index: TermsIndex): Phrase[] {
  const byText = new Map<string, Named[]>();
  const add = (text: string, named: Named[]) => {
    const key = tokens(text).join(' ');
    if (key) byText.set(key, [...(byText.get(key) ?? []), ...named]);
  };
  for (const [text, key, tracks] of index.phrases) add(text, namedBy(key, decodeTracks(tracks)));
  for (const [intent, phrases] of Object.entries(INTENT_PHRASES)) {
    for (const text of phrases) add(text, [{ type: 'intent', intent: intent as Intent }]);
  }
  return [...byText.entries()]
    .map(([text, named]) => ({ words: text.split(' '), named }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** The longest phrase that starts at `at`, preferring exact words to misspelt ones. */
function phraseAt(words: string[], at: number, phrases: Phrase[]): Phrase | undefined {
  let best: { phrase: Phrase; exact: number } | undefined;
  for (const phrase of phrases) {
    if (best && phrase.words.length < best.phrase.words.length) break;
    if (at + phrase.words.length > words.length) continue;
    const typed = words.slice(at, at + phrase.words.length);
    if (!phrase.words.every((word, index) => sameWord(typed[index]!, word))) continue;
    const exact = phrase.words.filter((word, index) => singular(typed[index]!) === singular(word)).length;
    if (!best || exact > best.exact) best = { phrase, exact };
  }
  return best?.phrase;
}

export interface Understanding {
  /** The track the question is about (its slug), or undefined when it names no ladder thing. */
  track: string | undefined;
  /** Levels named, in the order typed, without repeats. */
  levels: { code: string; subTrack?: string }[];
  competencies: string[];
  kinds: ItemKind[];
  intents: Intent[];
  /** The words worth searching for: the typed words minus question words, fillers and level codes. */
  meaningful: string[];
  /** Meaningful words that name no ladder thing ("evidence" in "mentoring evidence"). */
  unnamed: string[];
}

/** Picks the track: one named outright, else the one most of the named things belong to, else the first. */
function chooseTrack(found: Named[]): number | undefined {
  const votes = new Map<number, number>();
  for (const named of found) {
    if (!('track' in named)) continue;
    votes.set(named.track, (votes.get(named.track) ?? 0) + (named.type === 'track' ? 100 : 1));
  }
  let chosen: number | undefined;
  for (const [track, count] of votes) {
    const best = chosen === undefined ? -1 : votes.get(chosen)!;
    if (count > best || (count === best && track < chosen!)) chosen = track;
  }
  return chosen;
}

/** Reads a question: the ladder things it names, what it asks, and the words left to search for. */
export function understand(query: string, index: TermsIndex, phrases: Phrase[] = lexicon(index)): Understanding {
  const words = tokens(query);
  const matches: { named: Named[]; words: string[] }[] = [];
  const meaningful: string[] = [];
  const unnamed: string[] = [];
  for (let at = 0; at < words.length;) {
    const phrase = phraseAt(words, at, phrases);
    const typed = words.slice(at, at + (phrase?.words.length ?? 1));
    at += typed.length;
    if (phrase) matches.push({ named: phrase.named, words: typed });
    // "become", "vs", "move" only shape the question; "hire bar", "score", "IC" are also what it is about.
    const asked = phrase?.named.some((named) => named.type === 'intent' && QUESTION_INTENTS.has(named.intent));
    const isLevelCode = phrase?.named.some((named) => named.type === 'level') && /\d/.test(typed.join(''));
    if (!asked && !isLevelCode) meaningful.push(...typed.filter((word) => !FILLER.has(word)));
    if (!phrase) unnamed.push(...typed.filter((word) => !FILLER.has(word)));
  }
  const chosen = chooseTrack(matches.flatMap((match) => match.named));
  const inTrack = (match: { named: Named[] }) =>
    match.named.filter((named) => !('track' in named) || named.track === chosen);
  const named = matches.flatMap(inTrack);
  const levels: Understanding['levels'] = [];
  for (const item of named) {
    if (item.type !== 'level') continue;
    const known = levels.find((level) => level.code === item.code && level.subTrack === item.subTrack);
    if (!known) levels.push(item.subTrack ? { code: item.code, subTrack: item.subTrack } : { code: item.code });
  }
  const distinct = <T>(list: T[]) => [...new Set(list)];
  return {
    track: chosen === undefined ? undefined : index.tracks[chosen],
    levels: dropSubsumed(levels),
    competencies: distinct(named.flatMap((item) => (item.type === 'competency' ? [item.slug] : []))),
    kinds: distinct(named.flatMap((item) => (item.type === 'kind' ? [item.kind] : []))),
    intents: distinct(named.flatMap((item) => (item.type === 'intent' ? [item.intent] : []))),
    meaningful: distinct(meaningful),
    unnamed: distinct(unnamed),
  };
}

/** "Tech Lead" names L4 and its Tech Lead sub-track: keep the sub-track, not the level a second time. */
function dropSubsumed(levels: Understanding['levels']): Understanding['levels'] {
  return levels.filter(
    (level, index) =>
      level.subTrack !== undefined ||
      !levels.some((other, at) => at !== index && other.code === level.code && other.subTrack !== undefined),
  );
}

// --- The answer --------------------------------------------------------------------------------------------

/** The one place that answers a question; `part` narrows a competency's level to one kind of item. */
export type AnswerTarget =
  | { type: 'competencyLevel'; track: string; competency: string; level: string; part?: ItemKind }
  | { type: 'competencyKind'; track: string; competency: string; part: ItemKind }
  | { type: 'competency'; track: string; competency: string }
  | { type: 'level'; track: string; level: string }
  | { type: 'promotion'; track: string; step?: string }
  | { type: 'compare'; track: string; from: string; to: string }
  | { type: 'icTracks'; track: string; icTrack?: string; moves?: boolean }
  | { type: 'hireBar'; track: string }
  | { type: 'scoringRule'; track: string; competency: string }
  | { type: 'overallScore'; track: string };

const rankOf = (track: TrackDetails, code: string) => track.levels.find((level) => level.code === code)?.rank ?? 0;

function promotionTarget(track: TrackDetails, levels: Understanding['levels']): AnswerTarget {
  const codes = [...new Set(levels.map((level) => level.code))].sort((a, b) => rankOf(track, a) - rankOf(track, b));
  const [lowest, highest] = [codes[0], codes.at(-1)];
  const step =
    (codes.length > 1 && track.promotions.find((p) => p.from === lowest && p.to === highest)) ||
    track.promotions.find((p) => p.to === highest) ||
    track.promotions.find((p) => p.from === highest);
  return step ? { type: 'promotion', track: track.slug, step: step.slug } : { type: 'promotion', track: track.slug };
}

/** The IC track a sub-track leads to, if the question named an individual-contributor one. */
const icTrackOf = (track: TrackDetails, levels: Understanding['levels']) =>
  levels
    .map((level) => track.icTracks.find((ic) => ic.subTrack && ic.subTrack === level.subTrack))
    .find((ic) => ic !== undefined);

function compareTarget(track: TrackDetails, levels: Understanding['levels']): AnswerTarget {
  const codes = [...new Set(levels.map((level) => level.code))].sort((a, b) => rankOf(track, a) - rankOf(track, b));
  if (codes.length >= 2) return { type: 'compare', track: track.slug, from: codes[0]!, to: codes.at(-1)! };
  // Two sub-tracks of one level (Tech Lead vs Principal Engineer): the IC tracks page compares them.
  const ic = icTrackOf(track, levels);
  return ic ? { type: 'icTracks', track: track.slug, icTrack: ic.slug } : { type: 'icTracks', track: track.slug };
}

function competencyTarget(track: string, competency: string, level: string | undefined, part?: ItemKind) {
  if (level) return { type: 'competencyLevel', track, competency, level, ...(part ? { part } : {}) } as const;
  return part ? ({ type: 'competencyKind', track, competency, part } as const) : undefined;
}

/**
 * Which track's details an answer needs: the one the question names, or for question words alone ("what is
 * the hire bar") the first track. Undefined when the question asks nothing the ladder answers.
 */
export function answerTrack(understanding: Understanding, index: TermsIndex): string | undefined {
  if (understanding.track) return understanding.track;
  return understanding.intents.length > 0 ? index.tracks[0] : undefined;
}

/**
 * The answer to an understood question in `track` (answerTrack's details), or undefined when it names
 * nothing the ladder answers in one place.
 */
export function answerTarget(understanding: Understanding, track: TrackDetails): AnswerTarget | undefined {
  const { levels, competencies, kinds, intents, unnamed } = understanding;
  const has = (intent: Intent) => intents.includes(intent);
  const competency = competencies[0];
  const level = levels.at(-1)?.code;
  const distinctLevels = new Set(levels.map((named) => named.code)).size;

  if (has('hireBar')) return { type: 'hireBar', track: track.slug };
  if (has('score')) {
    return competency
      ? { type: 'scoringRule', track: track.slug, competency }
      : { type: 'overallScore', track: track.slug };
  }
  if (has('promotion') && !has('compare')) return promotionTarget(track, levels);
  if (has('compare') && (levels.length >= 2 || has('icTrack'))) return compareTarget(track, levels);
  if (levels.length >= 2 && distinctLevels >= 2 && !competency) return compareTarget(track, levels);
  if (has('icTrack') || has('move')) {
    if (has('move') || !levels.length) {
      const ic = icTrackOf(track, levels);
      if (ic && !has('move')) return { type: 'icTracks', track: track.slug, icTrack: ic.slug };
      if (has('icTrack')) return { type: 'icTracks', track: track.slug, moves: has('move') };
    }
  }
  if (competency) {
    const target = competencyTarget(track.slug, competency, level, kinds[0]);
    if (target) return target;
  }
  if (level) {
    const ic = icTrackOf(track, levels);
    if (ic) return { type: 'icTracks', track: track.slug, icTrack: ic.slug };
    return { type: 'level', track: track.slug, level };
  }
  // A competency alone answers only when nothing else was asked ("mentoring", not "mentoring evidence").
  if (competency && unnamed.length === 0) {
    return { type: 'competency', track: track.slug, competency };
  }
  return undefined;
}

/** Where the mentioned track moves between management and IC (the IC tracks page's own section id). */
export const TRACK_MOVES_ANCHOR = 'track-moves';
/** The overview's levels section, where the ladder picture marks the hire bar. */
export const LEVELS_ANCHOR = 'levels';

/** The anchor of one kind of item in a competency's level. */
function partAnchor(level: string, part: ItemKind | undefined): string {
  if (part === 'antiSignal') return antiSignalId(level);
  if (part === 'wouldSee') return wouldSeeId(level);
  if (part === 'matrix') return anchors.matrix();
  return anchors.competencyLevel(level);
}

/** The site-relative path and anchor of a target ("software-engineer/competencies/code-quality/#l3"). */
export function targetPath(target: AnswerTarget, track: TrackDetails): string {
  const slugOf = (code: string) => track.levels.find((level) => level.code === code)?.slug ?? levelPrefix(code);
  const at = (path: string, anchor?: string) => (anchor ? `${path}#${anchor}` : path);
  switch (target.type) {
    case 'competencyLevel':
      return at(routes.competency(target.track, target.competency), partAnchor(target.level, target.part));
    case 'competencyKind':
      return at(
        routes.competency(target.track, target.competency),
        target.part === 'antiSignal' || target.part === 'matrix' ? anchors.matrix() : undefined,
      );
    case 'competency':
      return routes.competency(target.track, target.competency);
    case 'level':
      return routes.level(target.track, slugOf(target.level));
    case 'promotion':
      return at(routes.promotion(target.track), target.step && anchors.promotionStep(target.step));
    case 'compare':
      return routes.compare(target.track, slugOf(target.from), slugOf(target.to));
    case 'icTracks':
      return at(
        routes.icTracks(target.track),
        target.icTrack ? anchors.icTrack(target.icTrack) : target.moves ? TRACK_MOVES_ANCHOR : undefined,
      );
    case 'hireBar':
      return at(routes.track(target.track), LEVELS_ANCHOR);
    case 'scoringRule':
      return at(routes.competency(target.track, target.competency), 'scoring-rule');
    case 'overallScore':
      return routes.selfAssessment(target.track);
  }
}

/** The target's link, under the site's base path. */
export const targetHref = (target: AnswerTarget, track: TrackDetails, base: string): string =>
  joinBase(base, targetPath(target, track));
