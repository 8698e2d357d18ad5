/**
 * Reads a content folder (tracks/, levels/<track>/, competencies/<track>/<competency>/, …) straight from
 * disk, the way Astro's loaders read it: js-yaml for YAML and front matter, the ids of collections.ts, the
 * schemas of schemas.ts. Every file under the folder is accounted for: a file the site would not read (in
 * the wrong place, with the wrong extension, or a name that is not a URL-safe id) is a problem, never
 * silently skipped.
 *
 * The build checks the content with it before Astro loads anything (src/integrations/content-check.ts);
 * the search index, unit tests and scripts read the ladder with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { z } from 'zod';
import {
  collectionEntries,
  contentFolders,
  entryId,
  ladderCollections,
  type CollectionName,
  type CollectionSpec,
} from './collections';
import { LadderValidationError, type ContentIssue } from './issues';
import { describeValue, schemaIssues } from './schema-issues';
import { slug } from './schemas';
import type { LadderSources, SourceEntry } from './sources';
import { attachReleases } from './versions/attached-releases';
import { readReleases, RELEASES_FOLDER } from './versions/read-releases';

/**
 * Every file under `dir` (paths relative to it, with "/"), leaving out hidden files and folders (names that
 * start with ".", such as .DS_Store or .git/): those go to `hidden`, so they can be named as ignored.
 */
function listFiles(dir: string, prefix = '', hidden: string[] = []): string[] {
  return (
    readdirSync(join(dir, prefix), { withFileTypes: true })
      // By code unit, not by locale: the order (and so which of two twins is "the second") is the same everywhere.
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((entry) => {
        const path = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.name.startsWith('.')) {
          hidden.push(entry.isDirectory() ? `${path}/` : path);
          return [];
        }
        return entry.isDirectory() ? listFiles(dir, path, hidden) : [path];
      })
  );
}

/**
 * The hidden files and folders under the content folder (.DS_Store, .gitkeep, .obsidian/), which the site
 * ignores by rule: paths relative to `root`, for the one line the build prints about them.
 */
export function hiddenFiles(contentDir: string, root = process.cwd()): string[] {
  const hidden: string[] = [];
  listFiles(contentDir, '', hidden);
  const display = relative(root, contentDir).split('\\').join('/') || '.';
  return hidden.map((path) => `${display}/${path}`.replace(/^\.\//, ''));
}

/** Where a file belongs, or why it belongs nowhere. */
type Placement =
  | { collection: CollectionName; spec: CollectionSpec<z.ZodType>; id: string }
  | { problem: { path: string; found: string; expected: string } };

const isSlug = (name: string) => slug.safeParse(name).success;
const NAME_EXPECTED = 'a lowercase id (letters, digits and single hyphens), as it becomes part of a URL';

/** Which collection a file belongs to, from its path inside the content folder ("levels/x/l1.mdx"). */
export function placeFile(path: string, contentRoot = 'content'): Placement {
  const segments = path.split('/');
  const [folder, ...rest] = segments;
  const shown = (parts: readonly string[]) => `${contentRoot}/${parts.join('/')}`;
  const folders = contentFolders.map((name) => `${name}/`).join(', ');
  if (rest.length === 0) {
    return {
      problem: { path, found: 'a file outside the collection folders', expected: `it in one of ${folders}` },
    };
  }
  const candidates = collectionEntries.filter(([, spec]) => spec.folder === folder);
  if (candidates.length === 0) {
    return {
      problem: {
        path: `${folder}/`,
        found: 'a folder the site does not read',
        expected: `only the folders ${folders} in ${contentRoot}/`,
      },
    };
  }
  const fileName = rest[rest.length - 1]!;
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : '';
  // In a folder of two collections (competencies), messages describe the one whose files are named freely.
  const [, first] = candidates.find(([, candidate]) => !candidate.fileName) ?? candidates[0]!;
  const layout = shown([first.folder, ...first.layout]);
  const allowed = first.format === 'yaml' ? ['.yaml', '.yml'] : ['.mdx'];
  if (!allowed.includes(extension)) {
    const found = extension ? `the extension "${extension}"` : 'a file without an extension';
    const expected =
      first.format === 'mdx' && /^\.(ya?ml|json|md)$/i.test(extension)
        ? `an MDX file, ${layout}: structure in front matter, prose in the body`
        : `"${allowed.join('" or "')}"`;
    return { problem: { path, found, expected } };
  }
  const spec = candidates.find(([, candidate]) => candidate.layout.length === rest.length);
  if (!spec) {
    const depth = first.layout.length;
    const found =
      rest.length < depth
        ? folder === 'competencies' && rest.length === 2
          ? 'a competency as one file'
          : 'a file outside any track folder'
        : 'a file in a sub-folder the site does not read';
    const expected =
      folder === 'competencies' && rest.length === 2
        ? `a folder ${shown([folder, rest[0]!, stem])}/ with index.mdx and one MDX file per level`
        : layout;
    return { problem: { path, found, expected } };
  }
  const badFolder = rest.slice(0, -1).findIndex((name) => !isSlug(name));
  if (badFolder >= 0) {
    const name = rest[badFolder]!;
    return {
      problem: {
        path: `${[folder, ...rest.slice(0, badFolder + 1)].join('/')}/`,
        found: `the folder name "${name}"`,
        expected: NAME_EXPECTED,
      },
    };
  }
  if (!isSlug(stem)) {
    return { problem: { path, found: `the file name "${stem}"`, expected: NAME_EXPECTED } };
  }
  // A fixed file name (index.mdx) picks its collection; any other name the collection of freely named files.
  const [name, chosen] =
    candidates.find(([, candidate]) => candidate.fileName === fileName) ??
    candidates.find(([, candidate]) => !candidate.fileName && candidate.layout.length === rest.length) ??
    spec;
  return { collection: name, spec: chosen as CollectionSpec<z.ZodType>, id: entryId(rest.join('/')) };
}

/** The front matter and body of an MDX file, the way Astro splits them (a leading BOM and blank lines allowed). */
function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^(\s*\n)?---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(source);
  if (!match) return undefined;
  const rest = source.slice(match[0].length);
  const before = source.slice(0, match[0].length + (rest.length - rest.trimStart().length));
  return { frontmatter: match[2] ?? '', body: rest.trim(), bodyLine: before.split('\n').length };
}

/** The names of a schema's fields, for "expected the fields of a level: code, rank, …". */
function fieldsOf(schema: z.ZodType): string {
  const shape = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  return shape.join(', ');
}

interface ReadFile {
  data?: unknown;
  body?: string;
  bodyLine?: number;
  issues: Omit<ContentIssue, 'file'>[];
}

/** Parses YAML as Astro does (js-yaml), turning its errors into one problem each. */
function parseYaml(text: string, lineOffset: number): { value?: unknown; problem?: Omit<ContentIssue, 'file'> } {
  try {
    return { value: loadYaml(text) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    if (/single document/.test(error.reason)) {
      return {
        problem: {
          field: '(file)',
          found: 'a second YAML document (a line with only --- in the middle)',
          expected: 'one document',
        },
      };
    }
    const line = (error.mark?.line ?? 0) + 1 + lineOffset;
    return {
      problem: {
        field: '(file)',
        found: `invalid YAML at line ${line}: ${error.reason}`,
        expected: 'valid YAML',
      },
    };
  }
}

function readEntry(source: string, spec: CollectionSpec<z.ZodType>): ReadFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fields = `the fields of ${spec.noun}: ${fieldsOf(spec.schema)}`;
  let yaml = text;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine: number | undefined;
  if (spec.format === 'mdx') {
    const parts = splitFrontmatter(text);
    if (!parts) {
      return {
        issues: [
          { field: '(file)', found: 'no front matter', expected: `${fields}, between two --- lines at the top` },
        ],
      };
    }
    ({ body, bodyLine } = parts);
    yaml = parts.frontmatter;
    lineOffset = 1;
  }
  const parsed = parseYaml(yaml, lineOffset);
  if (parsed.problem) return { issues: [parsed.problem] };
  const { value } = parsed;
  if (value === undefined || value === null) {
    const hasComments = /^\s*#/m.test(yaml);
    const found = hasComments ? 'only comments' : spec.format === 'mdx' ? 'empty front matter' : 'an empty file';
    return { issues: [{ field: '(file)', found, expected: fields }] };
  }
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    return { issues: [{ field: '(file)', found: `${describeValue(value)} at the top level`, expected: fields }] };
  }
  return { data: value, ...(body !== undefined ? { body, bodyLine } : {}), issues: [] };
}

/**
 * Reads and validates every file under `contentDir`. Throws a LadderValidationError listing every problem:
 * files the site would not read, unreadable YAML or front matter, fields that do not match their schema.
 * `root` is what file paths in messages and in the entries are relative to.
 */
export function readContentDir(contentDir: string, root = process.cwd()): LadderSources {
  const issues: ContentIssue[] = [];
  const sources = Object.fromEntries(collectionEntries.map(([name]) => [name, []])) as unknown as Record<
    CollectionName,
    SourceEntry<unknown>[]
  >;
  const display = relative(root, contentDir).split('\\').join('/') || '.';
  const reported = new Set<string>();
  // Released versions are JSON of their own kind (versions/read-releases.ts), not collection entries.
  const released = readReleases(contentDir, root);
  issues.push(...released.issues);
  for (const path of listFiles(contentDir).filter((file) => !file.startsWith(`${RELEASES_FOLDER}/`))) {
    const filePath = `${display}/${path}`.replace(/^\.\//, '');
    const placement = placeFile(path, display);
    if ('problem' in placement) {
      const { problem } = placement;
      const file = `${display}/${problem.path}`.replace(/^\.\//, '');
      // A misnamed or unknown folder is one problem, however many files it holds.
      if (!reported.has(file)) issues.push({ file, field: '(file)', found: problem.found, expected: problem.expected });
      reported.add(file);
      continue;
    }
    const { collection, spec, id } = placement;
    const read = readEntry(readFileSync(join(contentDir, path), 'utf8'), spec);
    issues.push(...read.issues.map((issue) => ({ file: filePath, ...issue })));
    if (read.data === undefined) continue;
    const result = spec.schema.safeParse(read.data, { reportInput: true });
    if (!result.success) {
      issues.push(...schemaIssues(filePath, spec.schema, result.error));
      continue;
    }
    const twin = sources[collection].find((entry) => entry.id === id);
    if (twin) {
      issues.push({
        file: filePath,
        field: '(file)',
        found: `a second file for "${id}" (next to ${twin.filePath})`,
        expected: 'one file per entry',
      });
      continue;
    }
    sources[collection].push({
      id,
      filePath,
      data: result.data,
      ...(read.body !== undefined ? { body: read.body, bodyLine: read.bodyLine } : {}),
    });
  }
  if (issues.length === 0 && sources.tracks.length === 0) {
    // Nothing else can be checked, or built: every page and /ladder.json belong to a track.
    const file = `${display}/${ladderCollections.tracks.folder}/`.replace(/^\.\//, '');
    issues.push({ file, field: '(file)', found: 'no track file', expected: 'at least one, <track>.yaml' });
  }
  if (issues.length > 0) throw new LadderValidationError(issues);
  return attachReleases(sources as unknown as LadderSources, released.releases);
}
