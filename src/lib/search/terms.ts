/**
 * The ladder's own words, for understanding a question typed into search: every level (its code, "level N",
 * its titles and the names of its sub-tracks, with and without the track's generic words, so "Senior SE"
 * is also "senior" and "Principal Engineer" also "principal"), every competency (name, short name, each part
 * of a name joined with "&"), each kind of item (with the track's own labels) and every track's name.
 *
 * Built at build time from the ladder (src/pages/search/terms.json.ts writes it as a static file the search
 * page fetches on its first search), so a team's own track brings its own words. Pure: ladder in, JSON out.
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

/** The file the search page fetches: src/pages/search/terms.json.ts. */
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
