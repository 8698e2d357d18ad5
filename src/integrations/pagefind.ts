/**
 * Astro integration: after `astro build`, writes a Pagefind index of the ladder into <outDir>/pagefind/.
 *
 * The index holds one custom record per ladder item (see pagefind-records.ts), read from the same validated
 * content the pages render, so it needs no HTML crawling and never picks up navigation or footers.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { buildLadder } from '../lib/ladder/model';
import { siteConfig } from '../lib/site-config';
import { readContentDir } from '../lib/ladder/read-content-dir';
import { buildSearchRecords, type SearchRecord } from './pagefind-records';

/** The bundle folder inside the build output; the search page loads <base>pagefind/pagefind.js. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * Files Pagefind always writes that this site never loads: its prebuilt UIs (the search page has its own)
 * and the wasm for pages without a language (the index is forced to one language).
 */
const UNUSED_BUNDLE_FILE = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^wasm\.unknown\.pagefind$/;

async function removeUnusedBundleFiles(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath)) {
    if (UNUSED_BUNDLE_FILE.test(name)) await rm(join(outputPath, name));
  }
}

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
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    await removeUnusedBundleFiles(outputPath);
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
        // The same folder the content collections read (LADDER_CONTENT_DIR, used by the benchmark).
        const contentDir = options.contentDir ?? resolve(root, siteConfig.contentDir);
        const ladder = buildLadder(readContentDir(contentDir, root));
        const records = buildSearchRecords(ladder, base);
        const outputPath = join(fileURLToPath(dir), PAGEFIND_FOLDER);
        const count = await writeSearchIndex(records, outputPath);
        logger.info(`indexed ${count} ladder items into ${outputPath}`);
      },
    },
  };
}
