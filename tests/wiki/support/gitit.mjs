#!/usr/bin/env node
// A throwaway gitit from Debian's package (0.15), its pages in a fresh Git repository. Anyone may edit. With
// --sanitize it runs as installed (xss-sanitize on, which removes the calculator's frame and script);
// without, as the embed-help page's gitit route asks the admin to set: xss-sanitize: no. Formulas are
// left as they are written (math: raw): gitit's default loads MathJax from a CDN, a request the journeys
// forbid.
//
//   node tests/wiki/support/gitit.mjs --port 61005 [--sanitize]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { wikiWorkDir } from './php-server.mjs';
import { runWikiServer } from './wiki-process.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' }, sanitize: { type: 'boolean', default: false } } });
const port = Number(values.port);
const dir = wikiWorkDir('gitit', port);

writeFileSync(
  join(dir, 'gitit.conf'),
  `address: 127.0.0.1
port: ${port}
wiki-title: Team wiki
repository-type: Git
repository-path: ${dir}/wikidata
require-authentication: none
static-dir: ${dir}/static
templates-dir: ${dir}/templates
cache-dir: ${dir}/cache
user-file: ${dir}/gitit-users
log-file: ${dir}/gitit.log
math: raw
xss-sanitize: ${values.sanitize ? 'yes' : 'no'}
`,
);
// gitit commits every edit with Git, which wants an author even when gitit names one.
runWikiServer('gitit', ['-f', join(dir, 'gitit.conf')], {
  workDir: dir,
  env: {
    HOME: dir,
    GIT_AUTHOR_NAME: 'Team wiki',
    GIT_AUTHOR_EMAIL: 'wiki@localhost',
    GIT_COMMITTER_NAME: 'Team wiki',
    GIT_COMMITTER_EMAIL: 'wiki@localhost',
  },
});
