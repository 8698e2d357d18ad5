#!/usr/bin/env node
// A throwaway Fossil repository (Debian's fossil 2.21) served by `fossil server`. It starts as fossil init
// leaves it; the journeys apply the settings themselves, as the embed-help page tells an admin to
// (support/admin.ts).
//
//   node tests/wiki/support/fossil.mjs --port 61009
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { wikiWorkDir } from './php-server.mjs';
import { runWikiServer } from './wiki-process.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port);
const dir = wikiWorkDir('fossil', port);
const repository = join(dir, 'wiki.fossil');
const init = spawnSync('fossil', ['init', '-A', 'admin', repository], { encoding: 'utf8' });
if (init.status !== 0) throw new Error(`fossil init failed: ${init.stderr}`);
runWikiServer('fossil', ['server', '--port', String(port), '--localhost', repository], {
  workDir: dir,
  env: { USER: 'admin' },
});
