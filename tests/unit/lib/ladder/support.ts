import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentDir } from '../../../../src/lib/ladder/read-content-dir';
import type { LadderSources } from '../../../../src/lib/ladder/model';

export const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
export const seedContentDir = join(repoRoot, 'content');
export const miniLadderDir = join(repoRoot, 'tests', 'fixtures', 'mini-ladder');

/** A fresh, independent copy of the two-level, two-competency fixture track's sources. */
export const miniSources = (): LadderSources => structuredClone(readContentDir(miniLadderDir, repoRoot));

/** Copies content folders into one temporary folder, runs `fn` on it, and removes it. */
export function withContentDir<T>(folders: string[], fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-content-'));
  try {
    for (const folder of folders) cpSync(folder, dir, { recursive: true });
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
