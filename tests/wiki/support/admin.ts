// What a wiki admin does outside the browser for the wikis whose pages the journeys do not type into a
// browser editor: write an ikiwiki page and refresh the wiki, run Fossil's settings and wiki commands, and
// save a TiddlyWiki tiddler through its web API (what its editor's Save does).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PORTS, wikiDir } from './ports.mjs';

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Writes the ikiwiki page `name` (a path such as career-ladder/ladder) and refreshes the wiki. */
export function publishIkiwikiPage(name: string, text: string): void {
  const dir = wikiDir('ikiwiki', PORTS.ikiwiki);
  const file = join(dir, 'src', `${name}.mdwn`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  run('ikiwiki', ['--setup', join(dir, 'setup.yaml'), '--refresh']);
}

/** The repository of the Fossil served on `port` (support/fossil.mjs). */
const fossilRepository = (port: number) => join(wikiDir('fossil', port), 'wiki.fossil');

/**
 * Runs shell lines such as the embed-help page's Fossil settings in the repository, as an admin pastes
 * them into a shell (each `fossil` line gets the repository's -R).
 */
export function runFossilCommands(port: number, lines: string): void {
  const script = lines
    .split('\n')
    .filter((line) => line.startsWith('fossil '))
    .map((line) => `${line} -R '${fossilRepository(port)}'`)
    .join(' && ');
  run('sh', ['-c', script]);
}

/** Saves `text` as the Markdown wiki page `name` of the Fossil served on `port`. */
export function publishFossilPage(port: number, name: string, text: string): void {
  const file = join(wikiDir('fossil', port), `${name}.md`);
  writeFileSync(file, text);
  const repository = ['-R', fossilRepository(port)];
  const exists = run('fossil', ['wiki', 'list', ...repository])
    .split('\n')
    .includes(name);
  run('fossil', ['wiki', exists ? 'commit' : 'create', name, file, '--mimetype', 'text/x-markdown', ...repository], {
    USER: 'admin',
  });
}

/** Saves a tiddler through TiddlyWiki's web API. */
export async function putTiddler(origin: string, tiddler: { title: string; text: string; tags?: string }) {
  const response = await fetch(`${origin}/recipes/default/tiddlers/${encodeURIComponent(tiddler.title)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'TiddlyWiki' },
    body: JSON.stringify(tiddler),
  });
  if (!response.ok) throw new Error(`saving the tiddler ${tiddler.title} failed: ${response.status}`);
}
