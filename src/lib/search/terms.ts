/**
 * The ladder's own words, for understanding a question typed into search: every level (its code, "level N",
 * its titles and the names of its sub-tracks, with and without the track's generic words, so "Senior SE"
 * is also "senior" and "Principal Engineer" also "principal"), every competency (name, short name, each part
 * of a name joined with "&"), each kind of item (with the track's own labels) and every track's name.
 *
 * Built at build time from the ladder, so a team's own track brings its own words. Pure: ladder in, JSON out.
 * Two files (src/pages/search/): the phrases of every track in one small index, each phrase once with the
 * tracks it belongs to (fetched on the first search; 50 tracks of the same shape add little), and per track
 * the details an answer needs (fetched once a question names something in that track).
 */
import type { Ladder, Track } from '../ladder/model';
import { shortLabel } from '../reading/format';
import { tokens } from './words';

/** The kinds of ladder item a question can ask for ("the anti-signals of Mentoring"). */
export const ITEM_KINDS = ['behaviour', 'output', 'wouldSee', 'trap', 'antiSignal', 'matrix'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Everyday words for each kind, besides the labels the tracks print ("Common traps"). */
const KIND_WORDS: Record<ItemKind, string[]> = {
  behaviour: ['behaviour', 'behavior', 'observable behaviour', 'signal'],
  output: ['output', 'expected output', 'deliverable'],
  wouldSee: ['what you would see', 'example'],
  trap: ['trap', 'common trap', 'pitfall', 'mistake'],
  antiSignal: ['anti signal', 'antisignal', 'red flag', 'disqualifier'],
  matrix: ['matrix', 'measurement matrix', 'dimension'],
};

/** A level of one track, and the phrases that name it; a sub-track's phrases name the level and the sub-track. */
export interface LevelTerms {
  code: string;
  /** The level's URL segment ("l3"). */
  slug: string;
  rank: number;
  phrases: string[];
  subTracks: { id: string; kind: string; phrases: string[] }[];
}

export interface TrackTerms {
  slug: string;
  name: string;
  phrases: string[];
  hireBar: string;
  levels: LevelTerms[];
  /** The name is the search index's competency filter value. */
  competencies: { slug: string; name: string; phrases: string[] }[];
  /** Promotion steps by their anchor slug ("l2-to-l3"). */
  promotions: { slug: string; from: string; to: string }[];
  /** IC tracks by anchor slug, with the level and sub-track they belong to. */
  icTracks: { slug: string; level: string; subTrack: string }[];
}

/** Every track's terms, as the build holds them. */
export interface SearchTerms {
  /** The site's base path, for the answer's links. */
  base: string;
  tracks: TrackTerms[];
  kinds: Record<ItemKind, string[]>;
}

/** A phrase as matched: its tokens joined by one space ("Code Quality & Engineering" -> "code quality engineering"). */
const phrase = (text: string): string => tokens(text).join(' ');

const unique = (phrases: string[]): string[] => [...new Set(phrases.map(phrase).filter(Boolean))];

/** A name without the words every name of the track shares ("Senior SE" -> "Senior", "Principal Engineer" -> "Principal"). */
function withoutGeneric(name: string, generic: Set<string>): string {
  return tokens(name)
    .filter((word) => !generic.has(word))
    .join(' ');
}

/** Words the track's own name is made of, which say nothing about which level is meant. */
const genericWords = (track: Track) =>
  new Set([...tokens(track.name), ...tokens(track.abbreviation), 'engineer', 'engineering']);

/** Each part of a name joined with "&", "and" or a comma, and the name itself; "Technical" also as "Tech". */
function nameParts(...names: string[]): string[] {
  const parts = names.flatMap((name) => [name, ...name.split(/\s*(?:&|\band\b|,)\s*/)]);
  return parts.flatMap((part) => [part, part.replace(/\btechnical\b/gi, 'tech')]);
}

function levelTerms(track: Track): LevelTerms[] {
  const generic = genericWords(track);
  return track.levels.map((level) => {
    const titles = [level.title, level.fullTitle ?? ''];
    return {
      code: level.code,
      slug: level.slug,
      rank: level.rank,
      phrases: unique([
        level.code,
        `level ${level.rank}`,
        ...titles,
        ...titles.map((title) => withoutGeneric(title, generic)),
      ]),
      subTracks: level.subTracks.map((subTrack) => ({
        id: subTrack.id,
        kind: subTrack.kind,
        phrases: unique([subTrack.name, withoutGeneric(subTrack.name, generic)]),
      })),
    };
  });
}

function trackTerms(track: Track): TrackTerms {
  const abbreviation = track.abbreviation;
  return {
    slug: track.slug,
    name: track.name,
    // A two-letter abbreviation ("SE") is too easily another word; longer ones name the track.
    phrases: unique([track.name, track.title, track.slug, abbreviation.length > 2 ? abbreviation : '']),
    hireBar: track.hireBar,
    levels: levelTerms(track),
    competencies: track.competencies.map((competency) => ({
      slug: competency.slug,
      name: competency.name,
      phrases: unique([...nameParts(competency.name, competency.shortName), competency.slug]),
    })),
    promotions: track.promotions.map((promotion) => ({ slug: promotion.slug, from: promotion.from, to: promotion.to })),
    icTracks: track.icTracks.map((ic) => ({ slug: ic.slug, level: ic.level, subTrack: ic.subTrack ?? '' })),
  };
}

/** The kinds' words: the everyday ones and every track's own labels for them. */
function kindTerms(ladder: Ladder): Record<ItemKind, string[]> {
  const labelsOf = (track: Track): Record<ItemKind, string> => ({
    behaviour: track.labels.observableBehaviours,
    output: track.labels.expectedOutputs,
    wouldSee: track.labels.whatYouWouldSee,
    trap: track.labels.commonTraps,
    antiSignal: shortLabel(track.labels.antiSignal),
    matrix: track.labels.measurementMatrix,
  });
  return Object.fromEntries(
    Object.entries(KIND_WORDS).map(([kind, words]) => [
      kind,
      unique([...words, ...ladder.tracks.map((track) => labelsOf(track)[kind as ItemKind])]),
    ]),
  ) as Record<ItemKind, string[]>;
}

/** The search terms of a ladder. `base` is the site's base path ("/" or "/ladder/"). */
export function searchTerms(ladder: Ladder, base: string): SearchTerms {
  return { base, tracks: ladder.tracks.map(trackTerms), kinds: kindTerms(ladder) };
}

/**
 * What a phrase names, as written in the index: "track", "level:L3", "level:L4:principal-engineer" (a
 * sub-track), "competency:code-quality", or "kind:antiSignal".
 */
export type NamedKey = string;

/** The index file the search page fetches first: src/pages/search/terms.json.ts. */
export interface TermsIndex {
  base: string;
  /** Track slugs, in the ladder's order: a phrase's tracks are indices into this list. */
  tracks: string[];
  /** [phrase, what it names, the tracks it names it in ("0-49", "0,2")]; kinds name it in every track. */
  phrases: [string, NamedKey, string][];
}

/** One track's details for answers (its phrases are in the index): src/pages/search/terms/[track].json.ts. */
export interface TrackDetails extends Omit<TrackTerms, 'phrases' | 'levels' | 'competencies'> {
  levels: { code: string; slug: string; rank: number }[];
  competencies: { slug: string; name: string }[];
}

/** Track indices as ranges ("0-3,7"): 50 tracks sharing a phrase cost a few bytes. */
export function encodeTracks(indices: number[]): string {
  const ranges: string[] = [];
  for (let at = 0; at < indices.length;) {
    let end = at;
    while (end + 1 < indices.length && indices[end + 1] === indices[end]! + 1) end += 1;
    ranges.push(end > at ? `${indices[at]}-${indices[end]}` : String(indices[at]));
    at = end + 1;
  }
  return ranges.join(',');
}

export function decodeTracks(encoded: string): number[] {
  return encoded.split(',').flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    return Array.from({ length: to! - from + 1 }, (_, offset) => from + offset);
  });
}

/** The index of the ladder's phrases: each phrase and what it names once, with every track it names it in. */
export function termsIndex(terms: SearchTerms): TermsIndex {
  const tracksOf = new Map<string, number[]>();
  const add = (text: string, named: NamedKey, track: number) => {
    const key = `${text}\u0000${named}`;
    const list = tracksOf.get(key) ?? [];
    if (!list.includes(track)) list.push(track);
    tracksOf.set(key, list);
  };
  terms.tracks.forEach((track, index) => {
    for (const text of track.phrases) add(text, 'track', index);
    for (const level of track.levels) {
      for (const text of level.phrases) add(text, `level:${level.code}`, index);
      for (const subTrack of level.subTracks) {
        for (const text of subTrack.phrases) add(text, `level:${level.code}:${subTrack.id}`, index);
      }
    }
    for (const competency of track.competencies) {
      for (const text of competency.phrases) add(text, `competency:${competency.slug}`, index);
    }
  });
  const all = encodeTracks(terms.tracks.map((_, index) => index));
  for (const kind of ITEM_KINDS) for (const text of terms.kinds[kind]) tracksOf.set(`${text}\u0000kind:${kind}`, []);
  return {
    base: terms.base,
    tracks: terms.tracks.map((track) => track.slug),
    phrases: [...tracksOf.entries()].map(([key, tracks]) => {
      const [text, named] = key.split('\u0000') as [string, string];
      return [text, named, tracks.length ? encodeTracks(tracks) : all];
    }),
  };
}

/** A track's details without its phrases. */
export function trackDetails(track: TrackTerms): TrackDetails {
  const { phrases: _phrases, levels, competencies, ...rest } = track;
  return {
    ...rest,
    levels: levels.map(({ code, slug, rank }) => ({ code, slug, rank })),
    competencies: competencies.map(({ slug, name }) => ({ slug, name })),
  };
}
