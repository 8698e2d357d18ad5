#!/usr/bin/env node
// A throwaway TiddlyWiki 5 (the tiddlywiki npm package, installed where ./tiddlywiki-package.mjs says) from
// its "server" edition, served by its own Node server. Tiddlers are saved through its web API
// (PUT /recipes/default/tiddlers/<title>), as its browser editor does.
//
//   node tests/wiki/support/tiddlywiki.mjs --port 61007
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { wikiWorkDir } from './php-server.mjs';
import { runWikiServer } from './wiki-process.mjs';
import { TIDDLYWIKI_CLI } from './tiddlywiki-package.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port);
const dir = wikiWorkDir('tiddlywiki', port);
const wiki = join(dir, 'wiki');

const init = spawnSync(process.execPath, [TIDDLYWIKI_CLI, wiki, '--init', 'server'], { encoding: 'utf8' });
if (init.status !== 0) throw new Error(`tiddlywiki --init failed: ${init.stderr}`);
runWikiServer(process.execPath, [TIDDLYWIKI_CLI, wiki, '--listen', `port=${port}`, 'host=127.0.0.1'], { workDir: dir });
