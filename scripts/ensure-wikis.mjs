// The real-wiki journeys (npm run test:wiki) need Debian's MediaWiki (with PHP's SQLite driver), DokuWiki,
// PHP's command line (for php -S), ikiwiki, gitit and Fossil. Install them with apt when missing and we are
// root (as in CI, like Chromium in scripts/ensure-chromium.mjs); otherwise say exactly what to run.
// TiddlyWiki comes from npm: a package of its own with its own lock file (tests/wiki/support/tiddlywiki-package.mjs
// says where), installed here with `npm ci` when missing. Only the journeys use it, so `npm ci` for the site
// and `npm test` skip its ten thousand files (a quarter of the root node_modules/ by count).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { TIDDLYWIKI_CLI, TIDDLYWIKI_PACKAGE_DIR } from '../tests/wiki/support/tiddlywiki-package.mjs';

export const WIKI_PACKAGES = ['mediawiki', 'php-sqlite3', 'dokuwiki', 'php-cli', 'ikiwiki', 'gitit', 'fossil'];
const INSTALL = `apt-get install -y --no-install-recommends ${WIKI_PACKAGES.join(' ')}`;
export const WIKI_INSTALL_COMMAND = `apt-get update && ${INSTALL}`;

/** What must be there: each wiki's entry point, and PHP with SQLite (MediaWiki's database here). */
function missingParts() {
  const missing = [
    '/usr/share/mediawiki/maintenance/install.php',
    '/usr/share/dokuwiki/doku.php',
    '/etc/dokuwiki',
    '/usr/bin/ikiwiki',
    '/usr/bin/gitit',
    '/usr/bin/fossil',
  ]
    .filter((path) => !existsSync(path))
    .map((path) => `${path} is missing`);
  const php = spawnSync('php', ['-m'], { encoding: 'utf8' });
  if (php.status !== 0) missing.push('php is missing');
  else if (!/^pdo_sqlite$/m.test(php.stdout)) missing.push("PHP's SQLite driver (pdo_sqlite) is missing");
  return missing;
}

/**
 * Runs `install` with man-db's index rebuild switched off, restoring the switch afterwards: the rebuild
 * that dpkg triggers after every install takes a third of a minute and these packages' manual pages are
 * never read here.
 */
function withoutManIndex(install) {
  const flag = '/var/lib/man-db/auto-update';
  const had = existsSync(flag);
  if (had) rmSync(flag);
  try {
    return install();
  } finally {
    if (had) writeFileSync(flag, '');
  }
}

function sh(command) {
  return spawnSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status;
}

/** True when TiddlyWiki's locked package is (now) installed in TIDDLYWIKI_PACKAGE_DIR; needs no root. */
function ensureTiddlyWiki() {
  if (existsSync(TIDDLYWIKI_CLI)) return true;
  console.log(`TiddlyWiki is missing: npm ci in ${TIDDLYWIKI_PACKAGE_DIR}`);
  const install = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: TIDDLYWIKI_PACKAGE_DIR,
    stdio: 'inherit',
  });
  if (install.status === 0) return true;
  console.error(`Installing TiddlyWiki failed: run "npm ci" in ${TIDDLYWIKI_PACKAGE_DIR}`);
  return false;
}

/** True when the wikis are (now) installed; prints why not otherwise. */
export function ensureWikis() {
  if (!ensureTiddlyWiki()) return false;
  const missing = missingParts();
  if (missing.length === 0) return true;
  if (process.getuid?.() !== 0) {
    console.error(
      `${missing.join('; ')}. Installing the wikis needs root. As root, run:\n  ${WIKI_INSTALL_COMMAND}\nthen run the tests again.`,
    );
    return false;
  }
  console.log(`${missing.join('; ')}: installing ${WIKI_PACKAGES.join(', ')} with apt`);
  const started = Date.now();
  // The package lists are usually there already (Chromium's install fetched them); refresh only if needed.
  if (withoutManIndex(() => sh(INSTALL) !== 0 && sh(WIKI_INSTALL_COMMAND) !== 0)) {
    console.error(`Installing the wikis failed: ${WIKI_INSTALL_COMMAND}`);
    return false;
  }
  console.log(`Installed the wikis in ${Math.round((Date.now() - started) / 1000)} s.`);
  const still = missingParts();
  if (still.length > 0) console.error(`After installing: ${still.join('; ')}`);
  return still.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(ensureWikis() ? 0 : 1);
}
