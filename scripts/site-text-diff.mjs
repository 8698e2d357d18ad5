/**
 * Compares the text a reader sees on every page of two builds of the site, to prove that a change to how
 * the content is stored or rendered changed no words. Markup may differ; so may typography that Markdown
 * adds (curly quotes and apostrophes, dashes, ellipses), which is folded away as the seed-coverage tool does.
 *
 *   node scripts/site-text-diff.mjs BEFORE_DIR AFTER_DIR
 *
 * Prints one line per page that differs in HTML, says whether its text is the same, shows the words that
 * changed, and ends with a summary. Exits 1 when any page's text differs or a page exists in one build only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/site-text-diff.mjs BEFORE_DIR AFTER_DIR');
  process.exit(2);
}

const pages = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
    .sort();

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name) => {
    if (name[0] === '#') return String.fromCodePoint(Number(name[1] === 'x' ? `0${name.slice(1)}` : name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });

/** The words of a page as a reader sees them: the title, the meta description and the body text. */
function words(html) {
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const body = (/<body[\s\S]*<\/body>/.exec(html)?.[0] ?? html)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decode(`${title} ${description} ${body}`)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The places two word lists differ, with a little context: walks both lists and, at each difference, finds
 * the nearest point where they run together again (changes here are a few words, not whole paragraphs).
 */
function differences(a, b) {
  const found = [];
  const context = (list, from, to) => list.slice(Math.max(0, from - 4), to + 4).join(' ');
  const agree = (i, j) => a.slice(i, i + 6).join(' ') === b.slice(j, j + 6).join(' ');
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (a[i] === b[j] && i < a.length) {
      i++;
      j++;
      continue;
    }
    let resync;
    for (let span = 1; span <= 60 && !resync; span++) {
      for (let skipA = 0; skipA <= span && !resync; skipA++) {
        const skipB = span - skipA;
        if (agree(i + skipA, j + skipB)) resync = [i + skipA, j + skipB];
      }
    }
    const [nextI, nextJ] = resync ?? [a.length, b.length];
    found.push({ before: context(a, i, nextI), after: context(b, j, nextJ) });
    [i, j] = [nextI, nextJ];
  }
  return found;
}

const beforePages = pages(before);
const afterPages = pages(after);
const onlyBefore = beforePages.filter((page) => !afterPages.includes(page));
const onlyAfter = afterPages.filter((page) => !beforePages.includes(page));
let sameHtml = 0;
let sameText = 0;
const changed = [];
for (const page of beforePages.filter((candidate) => afterPages.includes(candidate))) {
  const a = readFileSync(join(before, page), 'utf8');
  const b = readFileSync(join(after, page), 'utf8');
  if (a === b) {
    sameHtml++;
    continue;
  }
  const [wordsA, wordsB] = [words(a), words(b)];
  if (wordsA.join(' ') === wordsB.join(' ')) {
    sameText++;
    console.log(`same text, different markup: ${page}`);
  } else {
    changed.push(page);
    console.log(`TEXT CHANGED: ${page}`);
    for (const { before: was, after: is } of differences(wordsA, wordsB)) {
      console.log(`  before: …${was}…\n  after:  …${is}…`);
    }
  }
}
for (const page of onlyBefore) console.log(`ONLY IN ${relative(process.cwd(), before)}: ${page}`);
for (const page of onlyAfter) console.log(`ONLY IN ${relative(process.cwd(), after)}: ${page}`);
const compared = beforePages.length - onlyBefore.length;
console.log(
  `${compared} pages compared: ${sameHtml} identical, ${sameText} with the same text in different markup, ` +
    `${changed.length} with changed text; ${onlyBefore.length + onlyAfter.length} in one build only.`,
);
process.exit(changed.length + onlyBefore.length + onlyAfter.length > 0 ? 1 : 0);
