// One page of every kind the reading site has, as site-relative paths from routes.ts.
import { routes } from '@lib/routes';
import { levelPairs } from '@lib/reading/pairs';
import { firstTrack as track } from './built-site.ts';

const level = track.levels.find((l) => l.isHireBar) ?? track.levels[0]!;
const competency = track.competencies[0]!;
const [from, to] = track.levels;

export const readingPages: { kind: string; path: string }[] = [
  { kind: 'home', path: routes.home() },
  { kind: 'track overview', path: routes.track(track.slug) },
  { kind: 'levels', path: routes.levels(track.slug) },
  { kind: 'level', path: routes.level(track.slug, level.slug) },
  { kind: 'competencies', path: routes.competencies(track.slug) },
  { kind: 'competency', path: routes.competency(track.slug, competency.slug) },
  { kind: 'compare picker', path: routes.compareIndex(track.slug) },
  { kind: 'compare', path: routes.compare(track.slug, from!.slug, to!.slug) },
  { kind: 'promotion', path: routes.promotion(track.slug) },
  { kind: 'IC tracks', path: routes.icTracks(track.slug) },
  { kind: 'FAQ', path: routes.faq(track.slug) },
  { kind: 'what changed', path: routes.changes(track.slug) },
  { kind: 'not found', path: 'no-such-page/' },
];

/** Every reading page of the track, one per level, competency and pair of levels, and the search page. */
export const everyReadingPage: { kind: string; path: string }[] = [
  ...readingPages,
  ...track.levels.map((l) => ({ kind: `level ${l.code}`, path: routes.level(track.slug, l.slug) })),
  ...track.competencies.map((c) => ({
    kind: `competency ${c.shortName}`,
    path: routes.competency(track.slug, c.slug),
  })),
  ...levelPairs(track.levels).map(({ from: a, to: b }) => ({
    kind: `compare ${a.code} ${b.code}`,
    path: routes.compare(track.slug, a.slug, b.slug),
  })),
  { kind: 'search', path: routes.search() },
].filter((page, index, all) => all.findIndex((other) => other.path === page.path) === index);
