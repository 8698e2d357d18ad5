import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readContentDir } from '@lib/ladder/read-content-dir';
import { ladderIn, miniLadderDir, repoRoot } from '@tests/fixtures/ladders';
import { formatIssue, LadderValidationError } from '@lib/ladder/issues';
import { type Ladder, type LadderSources } from '@lib/ladder/model';

export { miniLadderDir, repoRoot, seedContentDir } from '@tests/fixtures/ladders';

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

/**
 * How a file of the fixture changes: a function of its text (an empty string when the file is new), a new
 * text, or null to delete it.
 */
export type FileEdits = Record<string, ((text: string) => string) | string | null>;

/** Reads a copy of the fixture with `edits` applied, the way the build does: the reader, then the ladder. */
export function readEdited(edits: FileEdits, folders: string[] = [miniLadderDir]): Ladder {
  return withContentDir(folders, (dir) => {
    for (const [path, edit] of Object.entries(edits)) {
      const file = join(dir, path);
      if (edit === null) {
        rmSync(file, { recursive: true });
        continue;
      }
      const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, typeof edit === 'string' ? edit : edit(before));
    }
    return ladderIn(dir);
  });
}

/** The problems a copy of the fixture with `edits` applied has, one formatted line each ([] when none). */
export function problemsIn(edits: FileEdits, folders?: string[]): string[] {
  try {
    readEdited(edits, folders);
    return [];
  } catch (error) {
    if (error instanceof LadderValidationError) return error.issues.map(formatIssue);
    throw error;
  }
}
