// Where TiddlyWiki lives: a package of its own with its own lock file (tests/wiki/tiddlywiki/), which only the
// wiki journeys need. scripts/ensure-wikis.mjs installs it there with `npm ci` when missing; ./tiddlywiki.mjs
// runs it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's folder: package.json and package-lock.json, and node_modules/ once installed. */
export const TIDDLYWIKI_PACKAGE_DIR = fileURLToPath(new URL('../tiddlywiki/', import.meta.url));

/** TiddlyWiki's command line, there once the package is installed. */
export const TIDDLYWIKI_CLI = join(TIDDLYWIKI_PACKAGE_DIR, 'node_modules', 'tiddlywiki', 'tiddlywiki.js');
