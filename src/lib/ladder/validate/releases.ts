/**
 * The promise a release makes (docs/decisions/0012-ladder-versions.md): every dimension and competency of
 * the last release is still there, or the content says where it went (`replaces`) or why it is gone
 * (`retired`), so ratings made under that release can be carried forward. The track file names the last
 * release as its `version`; declarations name ids that some release really had.
 */
import { entrySlug } from '../collections';
import type { Release } from '../versions/release-file';
import { releasedTrack, releasesOf } from '../versions/release-file';
import { RELEASES_FOLDER } from '../versions/read-releases';
import { list, type Report, type TrackFiles } from './context';

const RELEASE_HINT = 'npm run ladder:release';

export function checkReleases(files: TrackFiles, all: Release[] | undefined, report: Report): void {
  if (!all) return;
  const { track, slug, sources } = files;
  const releases = releasesOf(all, slug);
  const last = releases[releases.length - 1];
  // The track's competency folder, next to its tracks/ folder: "content/competencies/<track>/".
  const competencyFolder = track.filePath.replace(/tracks\/[^/]+$/, `competencies/${slug}/`);
  const current = new Map(sources.competencies.map((entry) => [entrySlug(entry.id), entry]));
  checkVersion(files, last, report);
  checkDeclaredIds(files, releases, current, competencyFolder, report);
  if (last) checkLastReleaseKept(files, last, current, competencyFolder, report);
}

type Competencies = Map<string, TrackFiles['sources']['competencies'][number]>;

/** The track's `version` and `released` name its last release. */
function checkVersion({ track, slug }: TrackFiles, last: Release | undefined, report: Report): void {
  const { version, released } = track.data;
  const folder = `${RELEASES_FOLDER}/${slug}/`;
  if (!last) {
    if (version) {
      report(
        track,
        'version',
        `"${version}", but ${folder} holds no release of it`,
        `no version until ${RELEASE_HINT} releases the track`,
      );
    }
  } else if (version !== last.version) {
    report(
      track,
      'version',
      version ? `"${version}"` : 'no version',
      `"${last.version}", the last release (${last.filePath}); ${RELEASE_HINT} writes a new release and sets this field`,
    );
  } else if (released !== last.released) {
    report(
      track,
      'released',
      released ? `"${released}"` : 'no date',
      `"${last.released}", the day ${last.version} was released`,
    );
  }
}

/** Every id a release of this track had: competencies, and dimensions per competency. */
function everReleased(releases: Release[]) {
  const competencies = new Set<string>();
  const dimensions = new Map<string, Set<string>>();
  for (const release of releases) {
    for (const competency of releasedTrack(release).competencies) {
      competencies.add(competency.slug);
      const ids = dimensions.get(competency.slug) ?? new Set<string>();
      competency.dimensions.forEach((dimension) => ids.add(dimension.id));
      dimensions.set(competency.slug, ids);
    }
  }
  return { competencies, dimensions };
}

/** What `retired` and `replaces` name is gone now and was there in some release. */
function checkDeclaredIds(
  { track }: TrackFiles,
  releases: Release[],
  current: Competencies,
  competencyFolder: string,
  report: Report,
): void {
  const ever = everReleased(releases);
  const never = (what: string) =>
    releases.length === 0
      ? `"${what}", but the track has no release yet`
      : `"${what}", an id no release of this track has`;

  track.data.retired.forEach(({ id }, index) => {
    if (current.has(id))
      report(
        track,
        `retired[${index}].id`,
        `"${id}", a competency still in ${competencyFolder}`,
        'the folder name of a competency that is gone',
      );
    else if (!ever.competencies.has(id))
      report(track, `retired[${index}].id`, never(id), `a competency of a release (${list(ever.competencies)})`);
  });

  for (const [competencySlug, entry] of current) {
    const everDimensions = ever.dimensions.get(competencySlug) ?? new Set<string>();
    const ids = new Set(entry.data.dimensions.map((dimension) => dimension.id));
    const released = `a dimension id of a release of this competency (${list(everDimensions)})`;
    entry.data.dimensions.forEach((dimension, index) =>
      (dimension.replaces ?? []).forEach((id, at) => {
        const field = `dimensions[${index}].replaces[${at}]`;
        if (ids.has(id))
          report(entry, field, `"${id}", still a dimension of this competency`, 'the id of a dimension that is gone');
        else if (!everDimensions.has(id)) report(entry, field, never(id), released);
      }),
    );
    entry.data.retired.forEach(({ id }, index) => {
      const field = `retired[${index}].id`;
      if (ids.has(id))
        report(entry, field, `"${id}", still a dimension of this competency`, 'the id of a dimension that is gone');
      else if (!everDimensions.has(id)) report(entry, field, never(id), released);
    });
  }
}

/** Every competency and dimension of the last release is still here, replaced, or retired. */
function checkLastReleaseKept(
  { track }: TrackFiles,
  last: Release,
  current: Competencies,
  competencyFolder: string,
  report: Report,
): void {
  const declaredRetired = new Set(track.data.retired.map(({ id }) => id));
  for (const competency of releasedTrack(last).competencies) {
    const entry = current.get(competency.slug);
    if (!entry) {
      if (!declaredRetired.has(competency.slug)) {
        report(
          track,
          'retired',
          `no competency "${competency.slug}", which release ${last.version} has`,
          `its folder ${competencyFolder}${competency.slug}/ back, or retired: [{ id: ${competency.slug}, reason: "…" }] in this file`,
        );
      }
      continue;
    }
    const accounted = new Set([
      ...entry.data.dimensions.flatMap((dimension) => [dimension.id, ...(dimension.replaces ?? [])]),
      ...entry.data.retired.map(({ id }) => id),
    ]);
    for (const dimension of competency.dimensions.filter((one) => !accounted.has(one.id))) {
      report(
        entry,
        'dimensions',
        `no dimension "${dimension.id}", which release ${last.version} has`,
        `a dimension with replaces: [${dimension.id}] if it was renamed or merged, or retired: [{ id: ${dimension.id}, reason: "…" }] if it is gone`,
      );
    }
  }
}
