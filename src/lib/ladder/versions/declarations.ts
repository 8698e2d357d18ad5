/**
 * The declarations of the current content: a dimension's `replaces`, a competency's `retired` dimensions,
 * the track file's `retired` competencies (docs/decisions/0012-ladder-versions.md). A release keeps them
 * (release-file.ts), so the changes between any two releases can be read again later.
 */
import { entrySlug, trackOf } from '../collections';
import type { LadderSources } from '../sources';
import type { Declarations } from './release-file';

export function declarationsOf(sources: Pick<LadderSources, 'tracks' | 'competencies'>, track: string): Declarations {
  const declarations: Declarations = { replaces: [], retired: [] };
  for (const entry of sources.tracks.filter((one) => one.id === track)) {
    for (const { id, reason } of entry.data.retired) declarations.retired.push({ competency: id, reason });
  }
  for (const entry of sources.competencies.filter((one) => trackOf(one.id) === track)) {
    const competency = entrySlug(entry.id);
    for (const dimension of entry.data.dimensions) {
      if (dimension.replaces)
        declarations.replaces.push({ competency, dimension: dimension.id, replaces: dimension.replaces });
    }
    for (const { id, reason } of entry.data.retired) declarations.retired.push({ competency, dimension: id, reason });
  }
  return declarations;
}
