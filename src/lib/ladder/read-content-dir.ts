/**
 * Reads a content folder laid out like content/ (tracks/, levels/<track>/, competencies/<track>/, ...)
 * straight from disk, validating each file with the same schemas as the Astro collections.
 *
 * The site itself loads content through Astro (load.ts); this reader serves what runs outside Astro:
 * unit tests with fixture ladders, and scripts such as the benchmark's ladder generator.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { LadderSources, SourceEntry } from './sources';
import { dataExtensions, ladderCollections, markdownExtensions, type CollectionSpec } from './collections';
import { LadderValidationError, type ContentIssue } from './issues';

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

function listFiles(dir: string, perTrack: boolean, extensions: RegExp): string[] {
  if (!isDirectory(dir)) return [];
  const names = readdirSync(dir).sort();
  if (!perTrack) return names.filter((name) => extensions.test(name)).map((name) => join(dir, name));
  return names
    .filter((name) => isDirectory(join(dir, name)))
    .flatMap((track) => listFiles(join(dir, track), false, extensions));
}

/** Splits "---\nfront matter\n---\nbody" into its parts. */
function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : { frontmatter: '', body: source };
}

const entryId = (path: string, dir: string) =>
  relative(dir, path)
    .replace(/\.[^.]+$/, '')
    .split('\\')
    .join('/');

/**
 * Reads and validates every file under `contentDir`. Throws a LadderValidationError listing every file
 * that does not match its schema. `root` is what file paths in messages are relative to.
 */
export function readContentDir(contentDir: string, root = process.cwd()): LadderSources {
  const issues: ContentIssue[] = [];
  const sources = {} as Record<keyof LadderSources, SourceEntry<unknown>[]>;
  for (const [name, spec] of Object.entries(ladderCollections) as [keyof LadderSources, CollectionSpec<z.ZodType>][]) {
    const dir = join(contentDir, spec.folder);
    const extensions = spec.markdown ? markdownExtensions : dataExtensions;
    sources[name] = [];
    for (const path of listFiles(dir, spec.perTrack, extensions)) {
      const filePath = relative(root, path).split('\\').join('/');
      const source = readFileSync(path, 'utf8');
      const { frontmatter, body } = spec.markdown ? splitFrontmatter(source) : { frontmatter: source, body: undefined };
      let raw: unknown;
      try {
        raw = parseYaml(frontmatter);
      } catch (error) {
        issues.push({
          file: filePath,
          field: '(file)',
          found: `unreadable YAML: ${(error as Error).message}`,
          expected: 'valid YAML',
        });
        continue;
      }
      const parsed = spec.schema.safeParse(raw ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          issues.push({
            file: filePath,
            field: issue.path.join('.') || '(file)',
            found: issue.message,
            expected: '',
          });
        }
        continue;
      }
      sources[name].push({
        id: entryId(path, dir),
        filePath,
        data: parsed.data,
        ...(body !== undefined ? { body } : {}),
      });
    }
  }
  if (issues.length > 0) throw new LadderValidationError(issues);
  return sources as unknown as LadderSources;
}
