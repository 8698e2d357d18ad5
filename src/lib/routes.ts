/**
 * Every URL and anchor of the site, in one place: the pages, the search index and the calculator all link
 * through these, so a route or an anchor can only change here.
 *
 * Paths are relative to the site root and have no leading slash; pages wrap them with href() (reading/url.ts),
 * build scripts join them to the base path with joinBase().
 */

/** Joins a site-relative path to a base path such as "/" or "/ladder/". */
export function joinBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** The path segment of a comparison page: "l2-l3" (lower level first). */
export const comparePair = (from: string, to: string): string => `${from}-${to}`;

export const routes = {
  home: () => '',
  search: () => 'search/',
  track: (track: string) => `${track}/`,
  levels: (track: string) => `${track}/levels/`,
  level: (track: string, level: string) => `${track}/levels/${level}/`,
  competencies: (track: string) => `${track}/competencies/`,
  competency: (track: string, competency: string) => `${track}/competencies/${competency}/`,
  /** The page that lets a reader pick two levels to compare. */
  compareIndex: (track: string) => `${track}/compare/`,
  /** Side-by-side comparison of two levels, lower first: compare/l2-l3/. */
  compare: (track: string, from: string, to: string) => `${track}/compare/${comparePair(from, to)}/`,
  promotion: (track: string) => `${track}/promotion/`,
  icTracks: (track: string) => `${track}/ic-tracks/`,
  faq: (track: string) => `${track}/faq/`,
  selfAssessment: (track: string) => `${track}/self-assessment/`,
  /** Every released version of the track, newest first, and what each one changed. */
  changes: (track: string) => `${track}/changes/`,
  embed: (track: string) => `${track}/embed/`,
  /** How to put the embed into a wiki: snippets and hosting headers. */
  embedHelp: (track: string) => `${track}/embed-help/`,
} as const;

/**
 * Anchors (HTML ids). On a competency page, items use their own id ("l2-behaviour-3", "debugging-l4",
 * "l3-anti-signal"); where several competencies share a page (level and compare pages), the id is prefixed
 * with the competency ("technical-mastery--l2-behaviour-3").
 */
export const anchors = {
  competencyLevel: (level: string) => level.toLowerCase(),
  matrix: () => 'measurement-matrix',
  item: (itemId: string) => itemId,
  itemInCompetency: (competency: string, itemId: string) => `${competency}--${itemId}`,
  competencySection: (competency: string) => competency,
  promotionStep: (stepSlug: string) => stepSlug,
  promotionItem: (stepSlug: string, itemId: string) => `${stepSlug}--${itemId}`,
  icTrack: (slug: string) => slug,
} as const;
