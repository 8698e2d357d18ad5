/**
 * Astro integration: checks the whole content folder before Astro loads any of it, and stops the build with
 * one line per problem, naming the file, the field, what was found and what was expected. Astro's own
 * loaders would skip a file in the wrong place, report a schema error in zod's words, or crash on an
 * empty file; by the time they run, the content is known to be sound.
 *
 * In `astro dev` it checks again whenever a file under the content folder changes, and prints the problems
 * (or that they are fixed) in the terminal.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { formatIssue, LadderValidationError } from '../lib/ladder/issues';
import { buildLadder } from '../lib/ladder/model';
import { hiddenFiles, readContentDir } from '../lib/ladder/read-content-dir';
import { siteConfig } from '../lib/site-config';

/** Every problem of the content folder, one line each; empty when the ladder is sound. */
export function contentProblems(contentDir: string, root: string): string[] {
  try {
    buildLadder(readContentDir(contentDir, root));
    return [];
  } catch (error) {
    if (error instanceof LadderValidationError) return error.issues.map(formatIssue);
    throw error;
  }
}

/** The one line that names the hidden files the site ignores (.DS_Store, .gitkeep), or undefined for none. */
export function ignoredNotice(contentDir: string, root: string): string | undefined {
  const hidden = hiddenFiles(contentDir, root);
  if (hidden.length === 0) return undefined;
  return `Ignored ${hidden.length} hidden file${hidden.length === 1 ? '' : 's'} (names starting with "."): ${hidden.join(', ')}`;
}

function report(problems: string[], logger: AstroIntegrationLogger): void {
  for (const line of problems) logger.error(line);
}

export default function contentCheck(): AstroIntegration {
  let contentDir = '';
  let root = '';
  return {
    name: 'ladder-content-check',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        contentDir = resolve(root, siteConfig.contentDir);
        const ignored = ignoredNotice(contentDir, root);
        if (ignored) logger.warn(ignored);
        const problems = contentProblems(contentDir, root);
        if (problems.length === 0) return;
        report(problems, logger);
        const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
        const error = new AstroError(
          `The ladder content has ${count} (listed above).`,
          'Fix the files it names, then build again.',
        );
        // The problems are in the content, not in the code: a stack trace would only point into Astro (set
        // DEBUG to see it anyway).
        if (!process.env.DEBUG) error.stack = '';
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        let failing = false;
        const recheck = (path: string) => {
          if (!resolve(path).startsWith(contentDir)) return;
          const problems = contentProblems(contentDir, root);
          if (problems.length > 0) report(problems, logger);
          else if (failing) logger.info('The ladder content is sound again.');
          failing = problems.length > 0;
        };
        server.watcher.on('add', recheck).on('change', recheck).on('unlink', recheck);
      },
    },
  };
}
