/**
 * Writes a ladder of N tracks into a content folder, for the benchmark: the tracks of the source folder
 * (content/ by default), then numbered copies of them with their own slug, name, title, abbreviation and
 * order, so that each copy is a distinct track that passes the same validation as the original.
 *
 *   npx node scripts/generate-ladder.mjs --tracks 10 --out /tmp/ladder-10 [--from content]
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

/** The content sub-folders that hold one folder per track (see src/content.config.ts). */
const PER_TRACK_FOLDERS = ['levels', 'competencies', 'promotions', 'ic-tracks', 'pages'];

const isDirectory = (path) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Sets `track:` in a YAML file, or in the front matter of a Markdown/MDX file. */
function retrack(source, file, slug) {
  if (/\.mdx?$/.test(file)) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n[\s\S]*)$/.exec(source);
    if (!match) throw new Error(`${file}: expected front matter between --- lines`);
    const frontmatter = parseDocument(match[1]);
    frontmatter.set('track', slug);
    return `---\n${frontmatter.toString().trimEnd()}\n---${match[2]}`;
  }
  const document = parseDocument(source);
  document.set('track', slug);
  return document.toString();
}

/** Copies one track of `from` into `out` under a new slug, renamed with its copy number. */
function copyTrack(from, out, trackFile, copy) {
  const original = basename(trackFile, extname(trackFile));
  const slug = `${original}-${copy}`;
  const track = parseDocument(readFileSync(join(from, 'tracks', trackFile), 'utf8'));
  track.set('name', `${track.get('name')} ${copy}`);
  track.set('title', `${track.get('title')} ${copy}`);
  track.set('abbreviation', `${track.get('abbreviation')}${copy}`);
  track.set('order', Number(track.get('order') ?? 1) * 1000 + copy);
  writeFileSync(join(out, 'tracks', `${slug}${extname(trackFile)}`), track.toString());

  for (const folder of PER_TRACK_FOLDERS) {
    const source = join(from, folder, original);
    if (!isDirectory(source)) continue;
    const target = join(out, folder, slug);
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(source)) {
      writeFileSync(join(target, file), retrack(readFileSync(join(source, file), 'utf8'), file, slug));
    }
  }
  return slug;
}

/**
 * Writes `tracks` tracks into `out` (emptied first): the source tracks as they are, then numbered copies
 * (copy 2 of every source track, copy 3, ...) until there are `tracks`. Returns the track slugs.
 */
export function generateLadder({ from, out, tracks }) {
  if (!Number.isInteger(tracks) || tracks < 1)
    throw new Error(`--tracks: expected a positive integer, found ${tracks}`);
  const trackFiles = readdirSync(join(from, 'tracks'))
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .sort();
  if (trackFiles.length === 0) throw new Error(`${from}: no track files in tracks/`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'tracks'), { recursive: true });

  const slugs = [];
  // The originals, unchanged (as many as asked for).
  for (const file of trackFiles.slice(0, tracks)) {
    cpSync(join(from, 'tracks', file), join(out, 'tracks', file));
    const slug = basename(file, extname(file));
    for (const folder of PER_TRACK_FOLDERS) {
      if (isDirectory(join(from, folder, slug)))
        cpSync(join(from, folder, slug), join(out, folder, slug), { recursive: true });
    }
    slugs.push(slug);
  }
  for (let copy = 2; slugs.length < tracks; copy++) {
    for (const file of trackFiles) {
      if (slugs.length >= tracks) break;
      slugs.push(copyTrack(from, out, file, copy));
    }
  }
  return slugs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      tracks: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string', default: 'content' },
    },
  });
  if (!values.tracks || !values.out) {
    console.error('usage: generate-ladder.mjs --tracks N --out DIR [--from content]');
    process.exit(2);
  }
  const slugs = generateLadder({ from: resolve(values.from), out: resolve(values.out), tracks: Number(values.tracks) });
  console.log(`Wrote ${slugs.length} track(s) to ${values.out}`);
}
