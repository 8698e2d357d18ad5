/**
 * Writes a ladder of N tracks into a content folder, for the benchmark: the tracks of the source folder
 * (content/ by default), then numbered copies of them with their own slug, name, title, abbreviation and
 * order, so that each copy is a distinct track that passes the same validation as the original. A file's
 * folder says which track it belongs to, so a copy is the track's folders copied under the new slug.
 *
 *   npx node scripts/generate-ladder.mjs --tracks 10 --out /tmp/ladder-10 [--from content]
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

/** The content sub-folders that hold one folder per track (see src/lib/ladder/collections.ts). */
const PER_TRACK_FOLDERS = ['levels', 'competencies', 'promotions', 'ic-tracks', 'pages'];

const isDirectory = (path) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Copies every folder of track `from` in `source` to track `to` in `out`. */
function copyTrackFolders(source, out, from, to) {
  for (const folder of PER_TRACK_FOLDERS) {
    if (isDirectory(join(source, folder, from))) {
      cpSync(join(source, folder, from), join(out, folder, to), { recursive: true });
    }
  }
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
  // A copy is a new track: never released, so it names no version (releases/ holds the original's only).
  track.delete('version');
  track.delete('released');
  writeFileSync(join(out, 'tracks', `${slug}${extname(trackFile)}`), track.toString());
  copyTrackFolders(from, out, original, slug);
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
    copyTrackFolders(from, out, slug, slug);
    // Its releases too: the track file names its last one, and the build checks it is there.
    if (isDirectory(join(from, 'releases', slug))) {
      cpSync(join(from, 'releases', slug), join(out, 'releases', slug), { recursive: true });
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
