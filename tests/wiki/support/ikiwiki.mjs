#!/usr/bin/env node
// A throwaway ikiwiki (Debian's package, 3.20200202): a source folder compiled by ikiwiki --setup into
// static pages, served as files. htmlscrubber is on, as installed; pages under career-ladder/ are kept out
// of it with htmlscrubber_skip, as the embed-help page's ikiwiki route asks the admin to set, so a page
// anywhere else shows what the scrubber does to the snippet. Pages are written into the source folder and
// the wiki refreshed (support/ikiwiki-admin.ts), as a commit to an ikiwiki's repository does.
//
//   node tests/wiki/support/ikiwiki.mjs --port 61004
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from '../../support/static-server.mjs';
import { wikiWorkDir } from './php-server.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port);
const dir = wikiWorkDir('ikiwiki', port);
mkdirSync(join(dir, 'src'));
writeFileSync(join(dir, 'src', 'index.mdwn'), 'Welcome to the team wiki.\n');
writeFileSync(
  join(dir, 'setup.yaml'),
  `# IkiWiki::Setup::Yaml - YAML formatted setup file
wikiname: Team wiki
srcdir: ${dir}/src
destdir: ${dir}/public
url: http://127.0.0.1:${port}
htmlscrubber_skip: 'career-ladder/*'
`,
);
const build = spawnSync('ikiwiki', ['--setup', join(dir, 'setup.yaml'), '--rebuild'], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`ikiwiki --rebuild failed: ${build.stderr}`);

const server = createStaticServer({ root: join(dir, 'public') });
server.listen(port, '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
