/**
 * Where the search page finds its question-understanding files, under the site's base path. Declared once:
 * the endpoints in src/pages/search/ serve these paths, the search page fetches them.
 */
import { joinBase } from '../routes';

/** The ladder's words: src/pages/search/terms.json.ts. */
export const termsUrl = (base: string): string => joinBase(base, 'search/terms.json');

/** One track's details for answers: src/pages/search/terms/[track].json.ts. */
export const trackTermsUrl = (base: string, track: string): string => joinBase(base, `search/terms/${track}.json`);

/** One track's answer cards: src/pages/search/answers/[track].json.ts. */
export const answersUrl = (base: string, track: string): string => joinBase(base, `search/answers/${track}.json`);

/** One competency's level for its answer cards: src/pages/search/answers/[track]/[competency]/[level].json.ts. */
export const competencyLevelAnswersUrl = (base: string, track: string, competency: string, level: string): string =>
  joinBase(base, `search/answers/${track}/${competency}/${level.toLowerCase()}.json`);
