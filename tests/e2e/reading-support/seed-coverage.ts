// Seed coverage: every sentence of the ladder's source text (tests/fixtures/seed.txt) must appear word for
// word on the built site. A TypeScript port of the project's seed_coverage.py: the same folding of white
// space, quotes and dashes, the same splitting of the seed's page-layout run-ons, the same tag stripping.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Astro writes (named ones above, and numeric ones). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : match;
    }
    return ENTITIES[code.toLowerCase()] ?? match;
  });
}

/** Folds text for comparison: entities decoded, curly quotes and dashes made plain, white space collapsed. */
export function fold(text: string): string {
  return unescapeHtml(text)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\\&/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The seed's sentences (12 characters or more), with list markers and layout run-ons removed. */
export function seedSentences(seed: string): string[] {
  const out: string[] = [];
  for (const raw of seed.split(/\r?\n/)) {
    let line = raw.trim().replace(/^- \d/, '').trim();
    line = line.replace(/^[- ]+/, '').trim();
    line = line.replace('What to demonstrate', '\n');
    if (line.includes('hire bar4')) continue; // the scale legend, shown as a list on the pages
    const pieces = /^1\. /.test(line) ? line.split(/\d\. |(?<=[a-z])\d\. /) : line.split('\n');
    for (const piece of pieces) {
      const sentence = piece
        .trim()
        .replace(/^\d(?=[A-Z])/, '')
        .trim();
      if (sentence.length >= 12 && !out.includes(sentence)) out.push(sentence);
    }
  }
  return out;
}

/** The visible text of one HTML page, folded: scripts and styles dropped, every tag replaced by a space. */
export function pageText(html: string): string {
  return fold(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));
}

/** Every .html file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The seed sentences that no page of the built site in `distDir` shows. */
export function missingSeedSentences(seed: string, siteText: string): string[] {
  return seedSentences(seed).filter((sentence) => !siteText.includes(fold(sentence)));
}

export function builtSiteText(distDir: string): string {
  return htmlFiles(distDir)
    .map((file) => pageText(readFileSync(file, 'utf8')))
    .join('\n');
}
