/**
 * Reads the released versions kept in <content>/releases/<track>/<version>.json (release-file.ts). A file
 * that is not JSON, does not match the release format, or whose name or folder disagrees with what it holds
 * is a problem in the project's one-line format (issues.ts), like any other content file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../issues';
import { schemaIssues } from '../schema-issues';
import { releaseFileSchema, type Release } from './release-file';

/** The folder under the content root that holds the releases. */
export const RELEASES_FOLDER = 'releases';

/** Where a track's release of a version is kept, relative to the content root. */
export const releasePath = (track: string, version: string) => `${RELEASES_FOLDER}/${track}/${version}.json`;

export function readReleases(
  contentDir: string,
  root = process.cwd(),
): { releases: Release[]; issues: ContentIssue[] } {
  const folder = join(contentDir, RELEASES_FOLDER);
  const releases: Release[] = [];
  const issues: ContentIssue[] = [];
  if (!existsSync(folder)) return { releases, issues };
  const display = relative(root, contentDir).split('\\').join('/') || '.';
  const shown = (path: string) => `${display}/${RELEASES_FOLDER}/${path}`.replace(/^\.\//, '');
  for (const entry of readdirSync(folder, { withFileTypes: true }).filter((one) => !one.name.startsWith('.'))) {
    if (!entry.isDirectory()) {
      issues.push({
        file: shown(entry.name),
        field: '(file)',
        found: 'a file outside any track folder',
        expected: `${display}/${RELEASES_FOLDER}/<track>/<version>.json`,
      });
      continue;
    }
    for (const name of readdirSync(join(folder, entry.name))
      .filter((one) => !one.startsWith('.'))
      .sort()) {
      const filePath = shown(`${entry.name}/${name}`);
      if (!name.endsWith('.json')) {
        issues.push({ file: filePath, field: '(file)', found: 'a file that is not JSON', expected: '<version>.json' });
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(folder, entry.name, name), 'utf8'));
      } catch (error) {
        issues.push({
          file: filePath,
          field: '(file)',
          found: `invalid JSON (${(error as Error).message})`,
          expected: 'the JSON `npm run ladder:release` writes',
        });
        continue;
      }
      const result = releaseFileSchema.safeParse(data, { reportInput: true });
      if (!result.success) {
        issues.push(...schemaIssues(filePath, releaseFileSchema, result.error));
        continue;
      }
      const release = result.data;
      if (release.track !== entry.name) {
        issues.push({
          file: filePath,
          field: 'track',
          found: `"${release.track}"`,
          expected: `"${entry.name}", the name of its folder`,
        });
      } else if (`${release.version}.json` !== name) {
        issues.push({
          file: filePath,
          field: 'version',
          found: `"${release.version}"`,
          expected: `"${name.replace(/\.json$/, '')}", the file's name`,
        });
      } else releases.push({ ...release, filePath });
    }
  }
  return { releases, issues };
}
