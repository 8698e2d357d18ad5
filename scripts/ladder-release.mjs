/**
 * Releases a version of a track: writes content/releases/<track>/<version>.json (the track as /ladder.json
 * has it, the note saying why this version changed, and the content's `replaces`/`retired` declarations)
 * and sets `version` and `released` in content/tracks/<track>.yaml. See docs/decisions/0012-ladder-versions.md.
 *
 *   npm run ladder:release -- [--track software-engineer] [--version 2026.2] [--date 2026-12-07]
 *                             [--note "Why this version changed." | --note-file note.md]
 *
 * Without --note it asks for the note (one paragraph of Markdown) when run in a terminal. The track defaults
 * to the only track, the version to the next one of the year ("2026.2" after "2026.1"), the date to today.
 * The content must be sound, release guard included: the build's own checks run first.
 * LADDER_CONTENT_DIR releases another content folder (the test fixtures are made this way).
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    track: { type: 'string' },
    version: { type: 'string' },
    date: { type: 'string' },
    note: { type: 'string' },
    'note-file': { type: 'string' },
  },
});

// The ladder's modules are TypeScript with extensionless imports: Vite loads them as the build does.
const vite = await createServer({
  root,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
});
try {
  const release = await vite.ssrLoadModule('/src/lib/ladder/versions/make-release.ts');
  const { readReleases } = await vite.ssrLoadModule('/src/lib/ladder/versions/read-releases.ts');
  const { siteConfig } = await vite.ssrLoadModule('/src/lib/site-config.ts');
  const contentDir = resolve(root, siteConfig.contentDir);
  const trackFiles = (await import('node:fs'))
    .readdirSync(join(contentDir, 'tracks'))
    .map((name) => name.replace(/\.ya?ml$/, ''));
  const track = values.track ?? (trackFiles.length === 1 ? trackFiles[0] : undefined);
  if (!track) throw new release.ReleaseRefused(`Name the track with --track (one of ${trackFiles.join(', ')}).`);
  const today = values.date ?? new Date().toISOString().slice(0, 10);
  const earlier = readReleases(contentDir, root).releases.filter((one) => one.track === track);
  const version = values.version ?? release.nextVersion(earlier, today);
  let note = values.note ?? (values['note-file'] ? readFileSync(values['note-file'], 'utf8') : undefined);
  if (!note && process.stdin.isTTY) {
    const ask = createInterface({ input: process.stdin, output: process.stdout });
    note = await ask.question(`Why did ${track} ${version} change? One paragraph (Markdown):\n> `);
    ask.close();
  }
  if (!note?.trim())
    throw new release.ReleaseRefused(
      'Give the note with --note "…" or --note-file FILE: one paragraph saying why this version changed.',
    );
  const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const output = release.makeRelease(
    { contentDir, root, track, version, released: today, note, packageVersion },
    (file) => readFileSync(resolve(root, file), 'utf8'),
  );
  const releaseTarget = join(contentDir, output.releaseFile);
  mkdirSync(dirname(releaseTarget), { recursive: true });
  writeFileSync(releaseTarget, output.releaseJson);
  writeFileSync(resolve(root, output.trackFile), output.trackYaml);
  console.log(
    `Released ${track} ${version} (${today}): wrote ${releaseTarget} and set version in ${output.trackFile}.`,
  );
} catch (error) {
  // A refusal or a content problem is a message for the person releasing, not a stack trace.
  if (!error?.issues && error?.name !== 'ReleaseRefused') throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await vite.close();
}
