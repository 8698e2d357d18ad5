/**
 * Where the search index lives: the Pagefind bundle folder inside the build output (and served by the dev
 * server at the same path), and the script the search page imports from it. Declared once, here.
 */
import { joinBase } from './routes';
import { VOCABULARY_FILE } from './search/vocabulary';

/** The bundle folder: <outDir>/pagefind/, served at <base>pagefind/. */
export const PAGEFIND_FOLDER = 'pagefind';

/** Pagefind's browser API, inside the bundle folder. */
export const PAGEFIND_BUNDLE = 'pagefind.js';

/** The URL the search page imports Pagefind from, under the site's base path ("/ladder/pagefind/pagefind.js"). */
export const searchBundleUrl = (base: string): string => joinBase(base, `${PAGEFIND_FOLDER}/${PAGEFIND_BUNDLE}`);

/** The index's vocabulary for "did you mean" (written by the Pagefind integration into the bundle folder). */
export const searchVocabularyUrl = (base: string): string => joinBase(base, `${PAGEFIND_FOLDER}/${VOCABULARY_FILE}`);
