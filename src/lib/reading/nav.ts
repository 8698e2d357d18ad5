/**
 * The header navigation of a track: one entry per reading page, then the self-assessment and the guide to
 * embedding its calculator in a wiki, in reading order.
 */
import { routes } from '../routes';
import { pageOfKind } from '../ladder/lookup';
import type { Track } from '../ladder/model';

export type NavKey =
  | 'overview'
  | 'levels'
  | 'competencies'
  | 'compare'
  | 'promotion'
  | 'ic-tracks'
  | 'faq'
  | 'changes'
  | 'self-assessment'
  | 'embed-help';

export interface NavEntry {
  key: NavKey;
  label: string;
  /** Site-relative path (see routes.ts). */
  path: string;
}

export function trackNav(track: Track): NavEntry[] {
  const t = track.slug;
  const faq = pageOfKind(track, 'faq');
  const selfAssessment = pageOfKind(track, 'self-assessment');
  const entries: (NavEntry | false)[] = [
    { key: 'overview', label: 'Overview', path: routes.track(t) },
    { key: 'levels', label: 'Levels', path: routes.levels(t) },
    { key: 'competencies', label: 'Competencies', path: routes.competencies(t) },
    track.levels.length > 1 && { key: 'compare', label: 'Compare', path: routes.compareIndex(t) },
    track.promotions.length > 0 && { key: 'promotion', label: 'Promotion', path: routes.promotion(t) },
    track.icTracks.length > 0 && { key: 'ic-tracks', label: 'IC tracks', path: routes.icTracks(t) },
    Boolean(faq) && { key: 'faq', label: 'FAQ', path: routes.faq(t) },
    // Every track has one, released or not (it then says so).
    { key: 'changes', label: 'What changed', path: routes.changes(t) },
    Boolean(selfAssessment) && { key: 'self-assessment', label: 'Self-assessment', path: routes.selfAssessment(t) },
    // Every track has an embeddable calculator (src/pages/[track]/embed.astro) and its guide.
    { key: 'embed-help', label: 'Embed in your wiki', path: routes.embedHelp(t) },
  ];
  return entries.filter((entry): entry is NavEntry => entry !== false);
}
