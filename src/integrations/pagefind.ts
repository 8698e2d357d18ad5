/**
 * Astro integration: after `astro build`, writes a Pagefind index of the ladder into <outDir>/pagefind/.
 *
 * The index holds one custom record per ladder item (see pagefind-records.ts), read from the same validated
 * content the pages render, so it needs no HTML crawling and never picks up navigation or footers.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildLadder } from '../lib/ladder/model';
import { readContentDir } from '../lib/ladder/read-content-dir';
import { buildSearchRecords, type SearchRecord } from './pagefind-records';

/** The bundle folder inside the build output; the search page loads <base>pagefind/pagefind.js. */
export const PAGEFIND_FOLDER = 'pagefind';

/** Builds a Pagefind index from records and writes it to `outputPath`. Returns the number of records. */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: records[0]?.language ?? 'en' });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    return records.length;
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

export default function pagefindIntegration(options: { contentDir?: string } = {}): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'ladder-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const contentDir = options.contentDir ?? join(root, 'content');
        const ladder = buildLadder(readContentDir(contentDir, root));
        const records = buildSearchRecords(ladder, base);
        const outputPath = join(fileURLToPath(dir), PAGEFIND_FOLDER);
        const count = await writeSearchIndex(records, outputPath);
        logger.info(`indexed ${count} ladder items into ${outputPath}`);
      },
    },
  };
}
