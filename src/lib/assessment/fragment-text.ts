/**
 * What the address's fragment says, read the way a person meant it: a share link (`#cl2.…`, or the earlier
 * `#assessment=…`), a link that was meant to be one but cannot be (cut short, or holding characters a link
 * never has), or anything else (an in-page anchor, nothing). Pure, so the calculator's store reads the hash
 * in one place and this module decides; share-fragment.ts and share-link.ts build on it.
 *
 * Mail clients, chat apps and wikis mangle links on the way: they percent-encode (`%2E` for a dot, `%20`
 * for a space), add spaces or line breaks, put a direction mark before a link pasted next to right-to-left
 * text, or upper-case a word at the start. Where the intent is clear the text is repaired (decoded, marks
 * and white space removed, the prefix lower-cased; the link's check character then says whether the rest
 * survived); where it is not (`%00`, other control characters, a prefix cut short) the link is refused.
 */

/** The current link format, version 2 (see share-link.ts). */
export const LINK_PREFIX = 'cl2.';
/** Link format 1 (legacy/v1-link.ts): marks it so it cannot be confused with an in-page anchor. */
export const V1_LINK_PREFIX = 'assessment=';
/** Prefixes of every link format. */
const LINK_PREFIXES = [LINK_PREFIX, V1_LINK_PREFIX];

/** Direction marks and invisible characters that copying can add around or inside a link. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;

export type FragmentText =
  /** No fragment, or one that is not meant as a share link (an anchor such as `#main`). */
  | { kind: 'none' }
  /** A share link, normalised: decode it (share-link.ts). */
  | { kind: 'link'; text: string }
  /** Meant as a share link but not one: say so, change nothing. */
  | { kind: 'refused' };

/** Whether `text` starts like a share link: a link prefix, or `cl<digits>.` of another version. */
const startsLikeLink = (text: string) =>
  /^cl\d+\./.test(text) || LINK_PREFIXES.some((prefix) => text.startsWith(prefix));

/** Whether `text` is a link prefix cut short and nothing more (`c`, `cl`, `cl2`, `cl2.`, `assess`). */
const cutShort = (text: string) =>
  /^cl\d*\.?$/.test(text) || 'cl2.'.startsWith(text) || (text.length >= 2 && 'assessment='.startsWith(text));

/** Reads a fragment, with or without its '#', as `location.hash` gives it (percent-encoded). */
export function readFragment(hash: string): FragmentText {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return { kind: 'none' };
  let decoded = raw;
  let undecodable = false;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A lone "%" or a cut escape: refused if it otherwise starts like a link.
    undecodable = true;
  }
  const cleaned = decoded.replace(INVISIBLE, '').replace(/\s+/g, '');
  // eslint-disable-next-line no-control-regex -- control characters are what must be found
  const control = /[\u0000-\u001f\u007f]/;
  const withoutControl = cleaned.replace(new RegExp(control.source, 'g'), '');
  const prefix = /^(cl\d*\.?|assessment=?|[a-z]+)/i.exec(withoutControl)?.[0] ?? '';
  const text = prefix.toLowerCase() + withoutControl.slice(prefix.length);
  if (cutShort(text)) return { kind: 'refused' };
  if (!startsLikeLink(text)) return { kind: 'none' };
  return undecodable || control.test(cleaned) ? { kind: 'refused' } : { kind: 'link', text };
}
