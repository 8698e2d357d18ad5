/**
 * Short share links. A whole profile (both raters, every dimension) fits in about 60 characters after the
 * "#", so the link survives chat tools, wiki fields and being read out. The ratings are packed as bits in
 * the model's order, which is why the link also carries a fingerprint of the ladder's shape: a link made
 * before a dimension was added is refused with a clear message instead of being misread.
 *
 *   cl2.<shape>.<ratings>[.<text>].<check>
 *
 * - "cl2": this format, version 2 (version 1 is the JSON link "assessment=…", still read).
 * - shape: 3 characters, a hash of the track id, level count, competency and dimension ids and the
 *   promotion criteria ids, in order.
 * - ratings: base64url of a bit string: 2 bits saying which raters follow (self, manager); per rater
 *   1 bit "anti-signals follow", 1 bit "evidence ticks follow", then every dimension's rating in model
 *   order (0 = unrated) in as few bits as the level count needs (3 for five levels), then, if flagged,
 *   one bit per competency and level for observed anti-signals and one bit per promotion criterion.
 * - text: only when the person asks for it: base64url of UTF-8 JSON { n: name, s: self note, m: manager note }.
 * - check: 6 characters of a 32-bit FNV-1a checksum of everything before it: a link cut short or
 *   mangled in copy-paste is refused.
 *
 * Nothing here is secret or signed; the fragment is never sent to a server by browsers.
 */
import { readFragment } from './fragment-text';
import { DAMAGED_LINK, decodeV1Link } from './legacy/v1-link';
import { blankRaters, isRecord, type KnownIds, type Rater, type Raters, RATER_ROLES } from './raters';
import { fnv1a, fromBase64Url, toBase64Url } from './encoding';
import type { CalculatorModel } from '../calculator/model';
import { migrateRaters, type Carried, type ReleaseSummary } from './ladder-versions';
import { LINK_PREFIX, V1_LINK_PREFIX } from './share-fragment';

export { isShareFragment, LINK_PREFIX } from './share-fragment';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MAX_TEXT_CHARS = 40_000;

/** What a link carries (its payload): both raters' input and, when the sender chose to include it, a name. */
export interface LinkPayload {
  raters: Raters;
  /** The person's name, when the sender chose to include it. */
  name?: string;
  /** Set when the link was made under an earlier ladder version: what changed since (its ratings are carried). */
  carried?: Carried;
}

export type LinkDecode = { ok: true; shared: LinkPayload; format: 'packed' | 'json' } | { ok: false; reason: string };

// Bits <-> base64url, 6 bits per character, most significant bit first.
class BitWriter {
  private readonly bits: number[] = [];
  write(value: number, width: number): void {
    for (let bit = width - 1; bit >= 0; bit--) this.bits.push((value >> bit) & 1);
  }
  toText(): string {
    let text = '';
    for (let i = 0; i < this.bits.length; i += 6) {
      let value = 0;
      for (let j = 0; j < 6; j++) value = (value << 1) | (this.bits[i + j] ?? 0);
      text += ALPHABET[value];
    }
    return text;
  }
}

class BitReader {
  private readonly bits: number[] = [];
  private at = 0;
  constructor(text: string) {
    for (const char of text) {
      const value = ALPHABET.indexOf(char);
      if (value < 0) throw new RangeError('not base64url');
      for (let bit = 5; bit >= 0; bit--) this.bits.push((value >> bit) & 1);
    }
  }
  read(width: number): number {
    if (this.at + width > this.bits.length) throw new RangeError('link too short');
    let value = 0;
    for (let i = 0; i < width; i++) value = (value << 1) | this.bits[this.at++]!;
    return value;
  }
  /** True when only zero padding (fewer than 6 bits) is left. */
  atEnd(): boolean {
    const rest = this.bits.slice(this.at);
    return rest.length < 6 && rest.every((bit) => bit === 0);
  }
}

/** What a link's layout is read from: the page's model, or an earlier release's summary (linkShapeOf). */
interface LinkShape {
  track: { id: string };
  levels: readonly { rank: number }[];
  competencies: readonly { id: string; dimensions: readonly { id: string }[] }[];
  promotions: readonly { id: string; demonstrate: readonly { id: string }[]; portfolio: readonly { id: string }[] }[];
}

/** An earlier release as a link layout: its shape fingerprint names it, so an old link still opens. */
function linkShapeOf(track: string, release: ReleaseSummary): LinkShape {
  return {
    track: { id: track },
    levels: Array.from({ length: release.levels }, (_, index) => ({ rank: index + 1 })),
    competencies: release.competencies.map((competency) => ({
      id: competency.id,
      dimensions: competency.dimensions.map((id) => ({ id })),
    })),
    promotions: release.promotions.map((step) => ({
      id: step.id,
      demonstrate: step.criteria.map((id) => ({ id })),
      portfolio: [],
    })),
  };
}

/** The slots the packed link has, in order, for one model. */
function layout(model: LinkShape) {
  const dimensions = model.competencies.flatMap((competency) =>
    competency.dimensions.map((dimension) => ({ competency: competency.id, dimension: dimension.id })),
  );
  const criteria = model.promotions.flatMap((promotion) =>
    [...promotion.demonstrate, ...promotion.portfolio].map((criterion) => `${promotion.id}-${criterion.id}`),
  );
  const levelBits = Math.max(1, Math.ceil(Math.log2(model.levels.length + 1)));
  const shapeText = [
    model.track.id,
    model.levels.length,
    ...model.competencies.map((c) => `${c.id}:${c.dimensions.map((d) => d.id).join(',')}`),
    criteria.join(','),
  ].join('|');
  return { dimensions, criteria, levelBits, shape: sixBits(fnv1a(shapeText), 3) };
}

/** The low `chars` × 6 bits of a 32-bit number as base64url characters. */
function sixBits(value: number, chars: number): string {
  let text = '';
  for (let i = chars - 1; i >= 0; i--) text += ALPHABET[Math.floor(value / 2 ** (6 * i)) % 64];
  return text;
}

const check = (text: string) => sixBits(fnv1a(text), 6);

function hasAny(record: Record<string, readonly unknown[] | Record<string, unknown>>): boolean {
  return Object.values(record).some((value) => Object.keys(value).length > 0);
}

/** True when the rater has a rating, an anti-signal or an evidence tick (notes travel only on request). */
function worthSending(rater: Rater): boolean {
  return hasAny(rater.ratings) || hasAny(rater.antiSignals) || (rater.evidence?.length ?? 0) > 0;
}

export interface EncodeOptions {
  /** Include the name and both notes (off by default: they are free text and make the link long). */
  includeText?: boolean;
  name?: string;
}

/** The fragment (without '#') for both raters' input. */
export function encodeShareLink(model: CalculatorModel, raters: Raters, options: EncodeOptions = {}): string {
  const { dimensions, criteria, levelBits, shape } = layout(model);
  const bits = new BitWriter();
  const present = RATER_ROLES.filter((role) => worthSending(raters[role]));
  bits.write(
    RATER_ROLES.reduce((mask, role) => (mask << 1) | (present.includes(role) ? 1 : 0), 0),
    2,
  );
  for (const role of present) {
    const rater = raters[role];
    const evidence = new Set(rater.evidence ?? []);
    const withAnti = hasAny(rater.antiSignals);
    const withEvidence = criteria.some((key) => evidence.has(key));
    bits.write(withAnti ? 1 : 0, 1);
    bits.write(withEvidence ? 1 : 0, 1);
    for (const { competency, dimension } of dimensions)
      bits.write(rater.ratings[competency]?.[dimension] ?? 0, levelBits);
    if (withAnti) {
      for (const competency of model.competencies) {
        const observed = rater.antiSignals[competency.id] ?? [];
        for (const level of model.levels) bits.write(observed.includes(level.rank) ? 1 : 0, 1);
      }
    }
    if (withEvidence) for (const key of criteria) bits.write(evidence.has(key) ? 1 : 0, 1);
  }

  let body = `${LINK_PREFIX}${shape}.${bits.toText()}`;
  if (options.includeText) {
    const text: Record<string, string> = {};
    if (options.name?.trim()) text.n = options.name.trim();
    if (raters.self.note?.trim()) text.s = raters.self.note;
    if (raters.manager.note?.trim()) text.m = raters.manager.note;
    if (Object.keys(text).length > 0) body += `.${toBase64Url(JSON.stringify(text))}`;
  }
  return `${body}.${check(body)}`;
}

const UNKNOWN_VERSION =
  'the link was made for a version of this ladder this site does not know (a newer one, or the link was changed); nothing was opened. Open it on the site it came from';
const NEWER = 'the link was made by a newer version of this calculator; open it on the site it came from';
const RESHAPED =
  'the link was made for an earlier version of this ladder (its competencies or dimensions have changed since); ask for a new link';

/** Reads a fragment made by encodeShareLink, or by the earlier JSON links. Never throws. */
export function decodeShareLink(fragment: string, model: CalculatorModel, known: KnownIds): LinkDecode {
  // Decoded and repaired where the intent is clear (fragment-text.ts); refused, as damaged, where it is not.
  const read = readFragment(fragment);
  if (read.kind === 'refused') return { ok: false, reason: DAMAGED_LINK };
  const text = read.kind === 'link' ? read.text : fragment.replace(/^#/, '');
  if (text.startsWith(V1_LINK_PREFIX)) {
    const old = decodeV1Link(text, known);
    return old.ok ? { ok: true, shared: { raters: old.state.raters }, format: 'json' } : old;
  }
  if (/^cl\d+\./.test(text) && !text.startsWith(LINK_PREFIX)) return { ok: false, reason: NEWER };
  if (!text.startsWith(LINK_PREFIX)) return { ok: false, reason: 'the link does not contain a shared assessment' };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, reason: 'the shared assessment is too large' };

  const lastDot = text.lastIndexOf('.');
  const body = text.slice(0, lastDot);
  if (text.slice(lastDot + 1) !== check(body)) return { ok: false, reason: DAMAGED_LINK };
  const [, shape, packed, extra, ...more] = body.split('.');
  if (packed === undefined || more.length > 0) return { ok: false, reason: DAMAGED_LINK };
  // The shape names the ladder version the link was made under: this one, or an earlier release.
  const versions = known.versions;
  const earlier =
    layout(model).shape === shape
      ? undefined
      : versions?.releases.find(
          (release) =>
            release.version !== versions.current && layout(linkShapeOf(versions.track, release)).shape === shape,
        );
  if (layout(model).shape !== shape && !earlier) return { ok: false, reason: versions ? UNKNOWN_VERSION : RESHAPED };
  const made = earlier && versions ? linkShapeOf(versions.track, earlier) : model;

  const raters = unpackRaters(packed, made);
  if (!raters) return { ok: false, reason: DAMAGED_LINK };
  const shared: LinkPayload = { raters };
  if (extra !== undefined && !readLinkText(extra, shared)) return { ok: false, reason: DAMAGED_LINK };
  if (!earlier || !versions) return { ok: true, shared, format: 'packed' };
  const moved = migrateRaters(versions, earlier.version, raters);
  if (!moved.ok) return { ok: false, reason: UNKNOWN_VERSION };
  return { ok: true, shared: { ...shared, raters: moved.raters, carried: moved.carried }, format: 'packed' };
}

/** Both raters' input from the packed bits of a link made for `made`; null when the bits are damaged. */
function unpackRaters(packed: string, made: LinkShape): Raters | null {
  const { dimensions, criteria, levelBits } = layout(made);
  const raters = blankRaters();
  try {
    const bits = new BitReader(packed);
    const mask = bits.read(2);
    for (const [index, role] of RATER_ROLES.entries()) {
      if (!((mask >> (RATER_ROLES.length - 1 - index)) & 1)) continue;
      const rater = raters[role];
      const withAnti = bits.read(1) === 1;
      const withEvidence = bits.read(1) === 1;
      for (const { competency, dimension } of dimensions) {
        const level = bits.read(levelBits);
        if (level > made.levels.length) return null;
        if (level > 0) rater.ratings[competency] = { ...rater.ratings[competency], [dimension]: level };
      }
      if (withAnti) {
        for (const competency of made.competencies) {
          const observed = made.levels.filter(() => bits.read(1) === 1).map((level) => level.rank);
          if (observed.length > 0) rater.antiSignals[competency.id] = observed;
        }
      }
      if (withEvidence) {
        const ticked = criteria.filter(() => bits.read(1) === 1);
        if (ticked.length > 0) rater.evidence = ticked.sort();
      }
    }
    return bits.atEnd() ? raters : null;
  } catch {
    return null;
  }
}

/** Puts the link's optional name and notes (base64url JSON) into `shared`; false when they are damaged. */
function readLinkText(extra: string, shared: LinkPayload): boolean {
  const json = fromBase64Url(extra);
  let value: unknown;
  try {
    value = json === null ? null : JSON.parse(json);
  } catch {
    value = null;
  }
  if (!isRecord(value)) return false;
  const string = (key: string) => (typeof value[key] === 'string' ? (value[key] as string).slice(0, 5000) : '');
  if (string('n')) shared.name = string('n').slice(0, 80);
  if (string('s')) shared.raters.self.note = string('s');
  if (string('m')) shared.raters.manager.note = string('m');
  return true;
}
