#!/usr/bin/env node
// A throwaway TiddlyWiki 5 (the tiddlywiki npm package, installed in tests/wiki/tiddlywiki/ by
// scripts/ensure-wikis.mjs) from its "server" edition, served by its own Node
// server. Tiddlers are saved through its web API (PUT /recipes/default/tiddlers/<title>), as its browser
// editor does.
//
//   node tests/wiki/support/tiddlywiki.mjs --port 61007
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { wikiWorkDir } from './php-server.mjs';
import { runWikiServer } from './wiki-process.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port);
const dir = wikiWorkDir('tiddlywiki', port);
const fromPackage = createRequire(new URL('../tiddlywiki/package.json', import.meta.url));
const tiddlywiki = join(dirname(fromPackage.resolve('tiddlywiki/package.json')), 'tiddlywiki.js');
const wiki = join(dir, 'wiki');

const init = spawnSync(process.execPath, [tiddlywiki, wiki, '--init', 'server'], { encoding: 'utf8' });
if (init.status !== 0) throw new Error(`tiddlywiki --init failed: ${init.stderr}`);
runWikiServer(process.execPath, [tiddlywiki, wiki, '--listen', `port=${port}`, 'host=127.0.0.1'], { workDir: dir });
