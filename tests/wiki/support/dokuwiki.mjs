#!/usr/bin/env node
// A throwaway DokuWiki from Debian's package (/usr/share/dokuwiki, 2022-07-31 "Igor"): its configuration
// and pages copied into a temporary folder and served with php -S. No ACL (anyone may edit) and htmlok on,
// as the embed-help page's DokuWiki route asks the admin to set.
//
//   node tests/wiki/support/dokuwiki.mjs --port 61002
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { servePhp, wikiWorkDir } from './php-server.mjs';

export const DOKUWIKI_DIR = '/usr/share/dokuwiki';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port);
// One folder per port: a run that was stopped hard leaves at most this one behind, and the next clears it.
const dir = wikiWorkDir('dokuwiki', port);

// Debian's preload.php reads the configuration from DOKU_CONF when it is already defined.
cpSync('/etc/dokuwiki', join(dir, 'conf'), { recursive: true, dereference: true });
rmSync(join(dir, 'conf', 'local.php'), { force: true });
cpSync('/var/lib/dokuwiki/data', join(dir, 'data'), { recursive: true });
writeFileSync(
  join(dir, 'conf', 'local.php'),
  `<?php
$conf['title'] = 'Team wiki';
$conf['lang'] = 'en';
$conf['savedir'] = '${dir}/data';
$conf['useacl'] = 0;
$conf['htmlok'] = 1;
`,
);
writeFileSync(join(dir, 'prepend.php'), `<?php\nif (!defined('DOKU_CONF')) define('DOKU_CONF', '${dir}/conf/');\n`);

servePhp({ docroot: DOKUWIKI_DIR, port, ini: { auto_prepend_file: join(dir, 'prepend.php') }, workDir: dir });
console.log(`DokuWiki at http://127.0.0.1:${port}/`);
