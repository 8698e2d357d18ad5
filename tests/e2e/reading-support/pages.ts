// One page of every kind the reading site has, as site-relative paths from routes.ts.
import { routes } from '../../../src/lib/routes';
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
  { kind: 'not found', path: 'no-such-page/' },
];
