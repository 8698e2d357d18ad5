/**
 * The embed page's query parameters, read in the browser (the page is static, so they cannot be read at
 * build time). Parsing never throws: anything unknown or malformed falls back to the safe default and
 * yields a plain-language message the embed shows above the calculator.
 *
 *   ?theme=light|dark|auto          colours; auto (default) follows prefers-color-scheme
 *   ?storage=local|memory           memory (default) keeps ratings in the page only; local opts in to localStorage
 *   ?competencies=a,b               show only these competencies
 *   ?level=L3                       compare against this level's target profile
 *   ?postResults=1                  post results to the parent (needs parentOrigin)
 *   ?parentOrigin=https://wiki.x    the only origin messages are posted to
 */

import { STORAGE_MODES, type StorageMode } from '../calculator/storage-mode';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  theme: EmbedTheme;
  storage: StorageMode;
  /** Competency ids to show, in the order given; undefined shows all. */
  competencies?: string[];
  /** Level code ("L3") whose target profile is the comparison; undefined keeps the calculator's default. */
  level?: string;
  /** True only when results were asked for AND a valid parentOrigin was given. */
  postResults: boolean;
  /** The host page's origin, normalised ("https://wiki.example.com"); undefined when absent or invalid. */
  parentOrigin?: string;
  /** Problems with the parameters, for the person looking at the embed. */
  messages: string[];
}

/** What the parameters are checked against: the ids and level codes of the track. */
export interface EmbedVocabulary {
  competencyIds: readonly string[];
  levelCodes: readonly string[];
}

const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
const TRUE_VALUES = new Set(['1', 'true', 'yes']);
const FALSE_VALUES = new Set(['', '0', 'false', 'no']);

/** Shortens and quotes user input for a message, so a long or odd value cannot flood the page. */
function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `'${short}'`;
}

/**
 * The origin of `value` when it is exactly an http(s) origin ("https://wiki.example.com", optionally with a
 * port and one trailing slash); undefined otherwise. Paths, credentials and "*" are rejected: a target
 * origin must name one site.
 */
export function parseOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/' || !/^https?:\/\/[^/]+\/?$/i.test(value)) return undefined;
  return url.origin;
}

/**
 * The query string as the admin meant it. Wikis that escape the snippet's HTML once more (TiddlyWiki keeps
 * `&amp;` literally in an iframe's src) hand the frame `?parentOrigin=…&amp;postResults=1`, which a URL parser
 * reads as a parameter named `amp;postResults`: the escaped ampersands are turned back into separators.
 */
export function unescapedSearch(search: string): string {
  return search.replace(/&amp;/gi, '&');
}

/** The theme from a query string alone (the layout applies it before the calculator loads). */
export function parseTheme(search: string): EmbedTheme {
  const value = new URLSearchParams(unescapedSearch(search)).get('theme');
  return THEMES.includes(value as EmbedTheme) ? (value as EmbedTheme) : 'auto';
}

export function parseEmbedParams(search: string, vocabulary: EmbedVocabulary): EmbedOptions {
  const params = new URLSearchParams(unescapedSearch(search));
  const messages: string[] = [];
  const options: EmbedOptions = { theme: 'auto', storage: 'memory', postResults: false, messages };

  const theme = params.get('theme');
  if (theme !== null) {
    if (THEMES.includes(theme as EmbedTheme)) options.theme = theme as EmbedTheme;
    else messages.push(`Unknown theme ${quote(theme)} — following the system colours (use light, dark or auto).`);
  }

  const storage = params.get('storage');
  if (storage !== null) {
    if (STORAGE_MODES.includes(storage as StorageMode)) options.storage = storage as StorageMode;
    else messages.push(`Unknown storage ${quote(storage)} — ratings are kept in this page only and not stored.`);
  }

  const competencies = params.get('competencies');
  if (competencies !== null) {
    const requested = competencies
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const known = requested.filter(
      (id, index) => vocabulary.competencyIds.includes(id) && requested.indexOf(id) === index,
    );
    for (const id of requested.filter((candidate) => !vocabulary.competencyIds.includes(candidate))) {
      messages.push(`Unknown competency ${quote(id)} — it is left out.`);
    }
    if (known.length > 0) options.competencies = known;
    else messages.push('None of the requested competencies exists — showing all competencies.');
  }

  const level = params.get('level');
  if (level !== null) {
    const code = vocabulary.levelCodes.find((candidate) => candidate.toLowerCase() === level.trim().toLowerCase());
    if (code) options.level = code;
    else messages.push(`Unknown level ${quote(level)} — showing all levels.`);
  }

  const originParam = params.get('parentOrigin');
  if (originParam !== null) {
    const origin = parseOrigin(originParam.trim());
    if (origin) options.parentOrigin = origin;
    else
      messages.push(
        `Ignoring parentOrigin ${quote(originParam)}: it must be an origin such as https://wiki.example.com.`,
      );
  }

  const post = params.get('postResults');
  if (post !== null) {
    const wanted = TRUE_VALUES.has(post.toLowerCase());
    if (!wanted && !FALSE_VALUES.has(post.toLowerCase())) {
      messages.push(`Unknown postResults ${quote(post)} — results are not sent (use postResults=1).`);
    } else if (wanted && !options.parentOrigin) {
      messages.push('Results are not sent to the host page: postResults needs a valid parentOrigin.');
    } else if (wanted) {
      options.postResults = true;
    }
  }

  return options;
}
