// The site's Astro config for the "multi-track" test build: content/ plus the fixture track
// (tests/fixtures/mini-ladder/), copied into LADDER_CONTENT_DIR before Astro reads any content, so the
// build proves a second discipline needs content only. The build keeps its own Astro cache: the content
// cache remembers each unchanged entry's file path, so sharing the normal cache would leave the next
// `npm run build` pointing at the temporary copies (see docs/benchmark.md).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../astro.config.mjs';
import { MULTI_TRACK_FIXTURE, REPO_ROOT } from './site-builds.mjs';

const contentDir = process.env.LADDER_CONTENT_DIR;
if (!contentDir || !/ladder-multi-track-content-/.test(contentDir)) {
  throw new Error('multi-track.astro.config.mjs: set LADDER_CONTENT_DIR as tests/support/site-builds.mjs does');
}

rmSync(contentDir, { recursive: true, force: true });
mkdirSync(contentDir, { recursive: true });
cpSync(join(REPO_ROOT, 'content'), contentDir, { recursive: true });
// The fixture adds files next to content/'s; it must never replace one (that would not be "adding" a track).
cpSync(join(REPO_ROOT, MULTI_TRACK_FIXTURE), contentDir, { recursive: true, force: false, errorOnExist: true });
if (!existsSync(join(contentDir, 'tracks'))) throw new Error(`${contentDir}: copy failed`);

export default { ...config, cacheDir: './node_modules/.astro-multi-track' };
