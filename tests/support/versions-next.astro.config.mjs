// The site's Astro config for the "versions-next" test build: the three-release fixture track
// (tests/fixtures/versioned-ladder/) revised once more and released as 2026.2, so browser tests can rate on
// the 2026.1 build and open the same browser's data on the next one (carry-over-builds.spec.ts). The
// revision renames a dimension (declared with `replaces`), retires one and adds one, and is released with
// `npm run ladder:release`, in a copy under LADDER_CONTENT_DIR: the fixture itself is not changed. Its own
// Astro cache, like the other fixture builds.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../astro.config.mjs';
import { REPO_ROOT, VERSIONS_FIXTURE } from './site-builds.mjs';

const contentDir = process.env.LADDER_CONTENT_DIR;
if (!contentDir || !/ladder-versions-next-content-/.test(contentDir)) {
  throw new Error('versions-next.astro.config.mjs: set LADDER_CONTENT_DIR as tests/support/site-builds.mjs does');
}

rmSync(contentDir, { recursive: true, force: true });
mkdirSync(contentDir, { recursive: true });
cpSync(join(REPO_ROOT, VERSIONS_FIXTURE), contentDir, { recursive: true });

/** The revision: Modelling renamed Data modelling, Testing retired, Documentation added. */
const sql = join(contentDir, 'competencies', 'data-analyst', 'sql', 'index.mdx');
const revised = readFileSync(sql, 'utf8')
  .replace(
    '  - { id: modelling, name: "Modelling",',
    '  - { id: data-modelling, name: "Data modelling", replaces: [modelling],',
  )
  .replace(
    / {2}- \{ id: testing, .*\n/,
    '  - { id: documentation, name: "Documentation", cells: { A1: "Comments queries.", A2: "Documents models." } }\n',
  )
  .replace('retired:\n', 'retired:\n  - { id: testing, reason: "Data tests moved to the platform checklist." }\n');
if (
  !revised.includes('data-modelling') ||
  !revised.includes('id: documentation') ||
  !revised.includes('id: testing, reason')
) {
  throw new Error(`${sql}: the revision no longer applies; update versions-next.astro.config.mjs`);
}
writeFileSync(sql, revised);

const release = spawnSync(
  process.execPath,
  [
    'scripts/ladder-release.mjs',
    '--version',
    '2026.2',
    '--date',
    '2026-06-01',
    '--note',
    'Modelling is now Data modelling; Testing retired; Documentation added.',
  ],
  { cwd: REPO_ROOT, env: { ...process.env, LADDER_CONTENT_DIR: contentDir }, encoding: 'utf8' },
);
if (release.status !== 0) throw new Error(`ladder:release failed: ${release.stderr || release.stdout}`);

export default { ...config, cacheDir: './node_modules/.astro-versions-next' };
