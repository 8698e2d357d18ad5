/**
 * What the calculator page carries about a track's releases (LadderVersions, src/lib/assessment/
 * ladder-versions.ts): per release its dimension ids, level count, promotion criteria ids (a share link's
 * layout) and declarations. Small (about 0.5 kB gzipped per release of the seed track) where the release files
 * are 100 kB each. The last entry is the current content, named by the track's `version`: the ratings a
 * page saves are in its ids.
 */
import { resolve } from 'node:path';
import type { LadderVersions, ReleaseSummary } from '../../assessment/ladder-versions';
import type { CalculatorModel } from '../../calculator/model';
import { readContentDir } from '../read-content-dir';
import { siteConfig } from '../../site-config';
import { joinBase, routes } from '../../routes';
import { attachedReleases } from './attached-releases';
import { declarationsOf } from './declarations';
import { releasedTrack, releasesOf, type Declarations, type ReleaseFile } from './release-file';

/** One release file, summarised. */
export function releaseSummary(release: ReleaseFile): ReleaseSummary {
  const track = releasedTrack(release);
  const promotions = (track as { promotions?: unknown }).promotions;
  const steps = Array.isArray(promotions)
    ? (promotions as { slug: string; demonstrate?: { id: string }[]; portfolio?: { id: string }[] }[])
    : [];
  return {
    version: release.version,
    competencies: track.competencies.map((competency) => ({
      id: competency.slug,
      dimensions: competency.dimensions.map((dimension) => dimension.id),
    })),
    levels: track.levels.length,
    promotions: steps.map((step) => ({
      id: step.slug,
      criteria: [...(step.demonstrate ?? []), ...(step.portfolio ?? [])].map((criterion) => criterion.id),
    })),
    declarations: release.declarations,
  };
}

/**
 * The names of dimensions a later release no longer has (renamed, merged, retired), by "competency/id":
 * the notice names them as readers knew them. Only those, to keep the page small.
 */
function goneNames(files: readonly ReleaseFile[], summaries: readonly ReleaseSummary[]): Record<string, string> {
  const names: Record<string, string> = {};
  files.forEach((file, index) => {
    const next = summaries[index + 1];
    for (const competency of releasedTrack(file).competencies) {
      const still = next?.competencies.find((one) => one.id === competency.slug)?.dimensions ?? [];
      for (const dimension of competency.dimensions) {
        if (!still.includes(dimension.id)) names[`${competency.slug}/${dimension.id}`] = dimension.name;
      }
    }
  });
  return names;
}

/** The current content, as the model the page ships holds it. */
function currentSummary(model: CalculatorModel, version: string, declarations: Declarations): ReleaseSummary {
  return {
    version,
    competencies: model.competencies.map((competency) => ({
      id: competency.id,
      dimensions: competency.dimensions.map((dimension) => dimension.id),
    })),
    levels: model.levels.length,
    promotions: model.promotions.map((step) => ({
      id: step.id,
      criteria: [...step.demonstrate, ...step.portfolio].map((criterion) => criterion.id),
    })),
    declarations,
  };
}

/**
 * The versions for a track's calculator: its releases up to `version` (the track's), the last replaced by
 * the current content. Undefined when the track has no version yet (nothing to carry forward).
 */
export function calculatorVersions(
  model: CalculatorModel,
  version: string | undefined,
  releases: readonly ReleaseFile[],
  declarations: Declarations,
  changesHref: string,
): LadderVersions | undefined {
  if (!version) return undefined;
  const ordered = releasesOf(releases, model.track.id);
  const end = ordered.findIndex((release) => release.version === version);
  const kept = end < 0 ? ordered : ordered.slice(0, end);
  const releasesShown = [...kept.map(releaseSummary), currentSummary(model, version, declarations)];
  return {
    track: model.track.id,
    current: version,
    releases: releasesShown,
    goneNames: goneNames(kept, releasesShown),
    changesHref,
  };
}

let read: { releases: ReleaseFile[]; declarations: (track: string) => Declarations } | undefined;

/** The content folder's releases and declarations, read once per build (afresh in `astro dev`). */
export function contentReleases() {
  if (!read || import.meta.env?.DEV) {
    const sources = readContentDir(resolve(siteConfig.contentDir));
    read = { releases: attachedReleases(sources) ?? [], declarations: (track) => declarationsOf(sources, track) };
  }
  return read;
}

/** The page's model with its track's versions (one call per calculator page). */
export function withVersions(model: CalculatorModel, version: string | undefined, base: string): CalculatorModel {
  const { releases, declarations } = contentReleases();
  const changesHref = joinBase(base, routes.changes(model.track.id));
  const versions = calculatorVersions(model, version, releases, declarations(model.track.id), changesHref);
  return versions ? { ...model, versions } : model;
}
