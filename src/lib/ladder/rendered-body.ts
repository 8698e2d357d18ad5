/**
 * Picking a part out of a rendered MDX body, for components/ladder/EntryBody.astro. Astro renders a body
 * as one piece; a competency level's body holds two (collections.ts, "summary-and-example"): the summary
 * before its one level-2 heading and the example after it (body.ts splits the source the same way).
 */

export type BodyPart = 'all' | 'summary' | 'example';

/** The HTML of one part of a rendered body. */
export function partOf(html: string, part: BodyPart): string {
  if (part === 'all') return html.trim();
  const heading = /<h2\b[^>]*>[\s\S]*?<\/h2>/.exec(html);
  if (!heading) return part === 'summary' ? html.trim() : '';
  return (part === 'summary' ? html.slice(0, heading.index) : html.slice(heading.index + heading[0].length)).trim();
}

/** The content of a body that is exactly one paragraph, or undefined for anything else. */
export function singleParagraph(html: string): string | undefined {
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return match && !/<\/?p[\s>]/.test(match[1]!) ? match[1] : undefined;
}

const rendered = new Map<string, string>();

/**
 * Rendered bodies by entry and source: the same body appears on several pages (a level's tagline on the
 * home page, the levels page, its own page and the compare pages) and is rendered once per build. The key
 * holds the source, so `astro dev` renders an edited body afresh.
 */
export const renderedBodies = {
  key: (entry: { collection: string; id: string }, body: string) => `${entry.collection}/${entry.id}\n${body}`,
  get: (key: string) => rendered.get(key),
  set: (key: string, html: string) => void rendered.set(key, html),
};
