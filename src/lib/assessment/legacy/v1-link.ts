/**
 * Link format 1, the earlier calculator's share link: "#assessment=<base64url of the format 1 JSON>.<check>".
 * Still opened, never made (links are format 2 now, share-link.ts).
 */
import { fnv1a, fromBase64Url } from '../encoding';
import type { KnownIds } from '../raters';
// The prefix is declared with the current one, so that recognising a link loads neither decoder.
import { V1_LINK_PREFIX } from '../share-fragment';
import { validateV1, type V1Parse } from './v1-assessment';

const MAX_FRAGMENT_CHARS = 100_000;

export const DAMAGED_LINK = 'the shared link is damaged or incomplete; check that the whole link was copied';

/**
 * FNV-1a of the payload text, as 8 hex digits. Not security: it catches a link that was cut short or
 * mangled in copy-paste. Every single-character change alters it (each FNV-1a step is a bijection of the
 * running hash).
 */
export function v1Checksum(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

/** Read a format 1 link's fragment (leading '#' optional). Never throws. */
export function decodeV1Link(fragment: string, known?: KnownIds): V1Parse {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(V1_LINK_PREFIX)) {
    return { ok: false, reason: 'the link does not contain a shared assessment' };
  }
  const body = text.slice(V1_LINK_PREFIX.length);
  if (body.length > MAX_FRAGMENT_CHARS) return { ok: false, reason: 'the shared assessment is too large' };
  const separator = body.lastIndexOf('.');
  const payload = body.slice(0, separator);
  if (separator < 0 || body.slice(separator + 1) !== v1Checksum(payload)) return { ok: false, reason: DAMAGED_LINK };
  const json = fromBase64Url(payload);
  if (json === null) return { ok: false, reason: DAMAGED_LINK };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: DAMAGED_LINK };
  }
  return validateV1(value, known);
}
