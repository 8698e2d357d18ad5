// The built site as a whole: no dead internal link or anchor in either build, and the ladder's source
// text shown in full. These read the build output; the browser tests read the pages.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/test.ts';
import { builtSite } from './reading-support/built-site.ts';
import { checkLinks } from './reading-support/link-check.ts';
import { builtSiteText, fold, missingSeedSentences, seedSentences } from './reading-support/seed-coverage.ts';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed.txt'), 'utf8');

test('every internal link and anchor of the build resolves @base-path', async ({}, testInfo) => {
  const { dir, base } = builtSite(testInfo);
  const report = checkLinks(dir, base);
  // A build of the whole ladder has dozens of pages and thousands of links; a near-empty crawl means the
  // checker found nothing to check.
  expect(report.pages).toBeGreaterThan(20);
  expect(report.links).toBeGreaterThan(1000);
  expect(report.broken, `broken links in ${base} build:\n${report.broken.join('\n')}`).toEqual([]);
});

test('the link check catches a missing page and a missing anchor', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reading-links-'));
  try {
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="/a/">ok</a><a href="/b/">gone</a><a href="/a/#here">ok</a><a href="/a/#nope">bad</a>',
    );
    writeFileSync(join(dir, 'a', 'index.html'), '<h1 id="here">A</h1><a href="../#top">bad</a>');
    const report = checkLinks(dir, '/');
    expect(report.links).toBe(5);
    expect(report.broken).toEqual([
      '/: /b/ (no file for /b/)',
      '/: /a/#nope (no element with id "nope")',
      '/a/: ../#top (no element with id "top")',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every page a search engine may index says what it is: a title and a description', async ({}, testInfo) => {
  const { dir } = builtSite(testInfo);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(20);
  const unsaid = pages.filter((path) => {
    const html = readFileSync(join(dir, path), 'utf8');
    // The embed page is for wiki frames only, and says so (noindex).
    if (/<meta name="robots" content="noindex"/.test(html)) return false;
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim();
    const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1]?.trim();
    return !title || !description;
  });
  expect(unsaid, 'pages without a title or a meta description').toEqual([]);
});

test('the built site shows every sentence of the ladder source, word for word', async ({}, testInfo) => {
  const { dir } = builtSite(testInfo);
  const sentences = seedSentences(seed);
  expect(sentences.length).toBeGreaterThan(800);
  const missing = missingSeedSentences(seed, builtSiteText(dir));
  expect(missing, `seed sentences missing from the site:\n${missing.join('\n')}`).toEqual([]);
});

test('seed coverage reports a sentence the site does not show', async () => {
  const text = fold('<p>Ships features independently. Reviews L1 work.</p>');
  expect(
    missingSeedSentences(
      'Ships features independently. Reviews L1 work.\nOwns a module. Designs at feature level.',
      text,
    ),
  ).toEqual(['Owns a module. Designs at feature level.']);
  // Curly quotes and dashes on the page match the seed's plain ones; "- 1" list markers are not text.
  expect(seedSentences('- 1Writes code that follows existing patterns.')).toEqual([
    'Writes code that follows existing patterns.',
  ]);
  expect(fold('\u201cI learn\u201d \u2014 by doing')).toBe(fold('"I learn" - by doing'));
});
