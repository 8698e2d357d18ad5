#!/usr/bin/env node
// A throwaway MediaWiki from Debian's package (/usr/share/mediawiki, 1.39), set up without questions in a
// temporary folder (SQLite) and served with php -S. Anyone may edit; raw HTML is allowed ($wgRawHtml), as
// the embed-help page's MediaWiki route asks the admin to set. Skins: Vector 2022 (default) and Minerva.
//
//   node tests/wiki/support/mediawiki.mjs --port 61001
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { servePhp, wikiWorkDir } from './php-server.mjs';

export const MEDIAWIKI_DIR = '/usr/share/mediawiki';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;
// One folder per port: a run that was stopped hard leaves at most this one behind, and the next clears it.
const dir = wikiWorkDir('mediawiki', port);

const install = spawnSync(
  'php',
  [
    `${MEDIAWIKI_DIR}/maintenance/install.php`,
    '--dbtype=sqlite',
    `--dbpath=${dir}/data`,
    '--dbname=teamwiki',
    `--server=${origin}`,
    '--scriptpath=',
    `--confpath=${dir}`,
    // Only this loopback wiki, gone when the tests end, ever sees this password.
    '--pass=throwaway-wiki-password-1',
    '--skins=Vector,MinervaNeue',
    '--lang=en',
    'Team wiki',
    'Admin',
  ],
  { encoding: 'utf8' },
);
if (install.status !== 0) {
  console.error(install.stdout, install.stderr);
  throw new Error(`MediaWiki's installer failed (exit ${install.status})`);
}
appendFileSync(
  join(dir, 'LocalSettings.php'),
  `
# Added by tests/wiki/support/mediawiki.mjs
$wgRawHtml = true;
$wgDefaultSkin = 'vector-2022';
# An icon that exists, so no page logs a 404 for /favicon.ico.
$wgFavicon = "$wgResourceBasePath/resources/assets/change-your-logo-icon.svg";
$wgCacheDirectory = "${dir}/cache";
$wgEnableEmail = false;
`,
);

servePhp({
  docroot: MEDIAWIKI_DIR,
  port,
  env: { MW_CONFIG_FILE: join(dir, 'LocalSettings.php') },
  workDir: dir,
});
console.log(`MediaWiki at ${origin}/`);
