/**
 * Every top-level address of the site is reserved from track ids: a new page in src/pages/ or file in
 * public/ fails here until it is added to RESERVED_TRACK_IDS (src/lib/ladder/validate/tracks.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_TRACK_IDS } from '@lib/ladder/validate/tracks';
import { repoRoot } from './support';

/** The first part of the address a file or folder takes: "ladder.json.ts" -> "ladder", "search.astro" -> "search". */
const addressOf = (name: string) => name.split('.')[0]!;

describe('track ids that would take an address of the site', () => {
  it('include every top-level page and public file', () => {
    const names = [
      ...readdirSync(join(repoRoot, 'src', 'pages')).filter((name) => !name.startsWith('[')),
      ...readdirSync(join(repoRoot, 'public')),
    ].map(addressOf);
    expect(names.filter((name) => !Object.hasOwn(RESERVED_TRACK_IDS, name))).toEqual([]);
  });

  it('include the search index folder', () => {
    expect(Object.keys(RESERVED_TRACK_IDS)).toContain('pagefind');
  });
});
