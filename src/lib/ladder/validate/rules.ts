/**
 * The content rules that JSON Schema cannot express, in words: the build checks them (the modules next to
 * this one), and /ladder.schema.json states them on its Track, so a consumer of /ladder.json knows what it
 * can rely on beyond what a JSON Schema validator checks.
 */
export const CROSS_FILE_RULES = [
  'the competency weights add up to totalWeight',
  'hireBar is the code of one of the levels',
  'the level bands cover 1.0 to the number of levels without gap or overlap, in rank order',
  "every competency has one target, one block in levels and one matrix cell per dimension for each of the track's level codes",
  'a promotion step goes from a level to the next and names only levels, competencies and sub-tracks of the track',
  'an IC track sits on a level of the track, and on one of its sub-tracks when it names one',
  'competency and IC track orders are unique; ids are unique on their page',
  "a track id is never one of the site's own addresses (search, pagefind, ladder, …)",
];

/** The Track's description in the JSON Schema. */
export const TRACK_DESCRIPTION = `A track of the ladder. Also true of every track, though JSON Schema cannot say so: ${CROSS_FILE_RULES.join('; ')}.`;
