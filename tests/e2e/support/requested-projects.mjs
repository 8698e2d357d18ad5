// Which Playwright projects the command line asks for (`--project default`, `--project=base-path`), so
// playwright.config.ts starts only the static servers those projects need: testing one project then needs
// only its own build. Anything this cannot read for sure (no --project, a wildcard, an unknown name) means
// "all projects", which is always safe.
import { SITE_BUILDS } from '../../support/site-builds.mjs';

const KNOWN = new Set(SITE_BUILDS.filter((build) => build.project).map((build) => build.name));

/**
 * @param {readonly string[]} argv  process.argv of the Playwright runner.
 * @returns {string[] | null}  the requested project names, or null for all of them.
 */
export function requestedProjects(argv) {
  const names = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
    else if (arg === '--project') {
      // The option takes one or more names: every following argument up to the next option.
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) names.push(argv[++i]);
    }
  }
  if (names.length === 0 || names.some((name) => !KNOWN.has(name))) return null;
  return names;
}
