/** The search index's documents: ladder items grouped by section, site pages from their HTML. */
import { describe, expect, it } from 'vitest';
import { buildSearchRecords } from '@integrations/pagefind-records';
import {
  PAGE_KIND,
  documentHtml,
  indexedText,
  searchDocuments,
  selfAssessmentDocuments,
  sitePageHtml,
  sitePages,
} from '@integrations/search-documents';
import { seedLadder } from '../../fixtures/ladders';

const ladder = seedLadder();
const track = ladder.tracks[0]!;
const records = buildSearchRecords(ladder, '/ladder/');
const documents = searchDocuments(records);

describe('searchDocuments', () => {
  it('keeps every item, each with its own anchor, in sections of one page, level and kind', () => {
    const items = documents.flatMap((document) =>
      document.items.map((item) => `${document.url.split('#')[0]}#${item.anchor}`),
    );
    expect([...items].sort()).toEqual(records.map((record) => record.url).sort());
    for (const document of documents) {
      const page = document.url.split('#')[0]!;
      const inSection = records.filter((record) =>
        document.items.some((item) => record.url === `${page}#${item.anchor}`),
      );
      expect(inSection).toHaveLength(document.items.length);
      expect(new Set(inSection.map((record) => `${record.meta.level}|${record.meta.kind}`)).size).toBe(1);
      expect(document.filters).toEqual(inSection[0]!.filters);
    }
  });

  it('makes far fewer documents than items: one per section', () => {
    expect(documents.length).toBeLessThan(records.length / 2);
    const codeQuality = track.competencies.find((competency) => competency.slug === 'code-quality')!;
    const behavioursAtL3 = documents.find(
      (document) => document.meta.title === `${codeQuality.name} · L3 · ${track.labels.observableBehaviours}`,
    )!;
    const l3 = codeQuality.levels.find((block) => block.level === 'L3')!;
    expect(behavioursAtL3.items.map((item) => item.anchor)).toEqual(l3.behaviours.map((item) => item.id));
    expect(behavioursAtL3.url).toBe(`/ladder/software-engineer/competencies/code-quality/#${l3.behaviours[0]!.id}`);
  });
});

describe('documentHtml', () => {
  it('writes each item as an anchored heading, and the meta and filters as meta tags only', () => {
    const document = {
      url: '/x/#a',
      meta: { title: 'T & <U>', track: 'SE', competency: '', level: 'L1', kind: 'Output' },
      filters: { track: ['SE'], competency: [], level: ['L1', 'L2'], kind: ['Output'] },
      items: [
        { anchor: 'a', text: 'Writes "tests" <always>' },
        { anchor: 'b', text: 'Reviews' },
      ],
    };
    const html = documentHtml(document);
    expect(html).toContain('<h2 id="a" data-pagefind-weight="1">Writes &quot;tests&quot; &lt;always&gt;</h2>');
    expect(html).toContain('<h2 id="b" data-pagefind-weight="1">Reviews</h2>');
    expect(html).toContain('<meta data-pagefind-meta="title[content]" content="T &amp; &lt;U&gt;">');
    expect(html).toContain('<meta data-pagefind-filter="level[content]" content="L1">');
    expect(html).toContain('<meta data-pagefind-filter="level[content]" content="L2">');
    // An empty value is left out rather than indexed as an empty filter.
    expect(html).not.toContain('competency[content]');
  });
});

describe('site pages', () => {
  it('are the FAQ, promotion, IC tracks, What changed and embedding pages of each track', () => {
    expect(sitePages(ladder).map((page) => page.path)).toEqual([
      'software-engineer/promotion/',
      'software-engineer/ic-tracks/',
      'software-engineer/faq/',
      'software-engineer/changes/',
      'software-engineer/embed-help/',
    ]);
  });

  it('get the track and the "Page" kind as filters, and are skipped when they mark nothing to index', () => {
    const page = { path: 'software-engineer/faq/', track: track.name };
    const html = sitePageHtml(
      '<html><head><title>x</title></head><body><main data-pagefind-body>Hi</main></body></html>',
      page,
    )!;
    expect(html).toContain(`<meta data-pagefind-filter="kind[content]" content="${PAGE_KIND}">`);
    expect(html).toContain(`<meta data-pagefind-filter="track[content]" content="${track.name}">`);
    expect(html.indexOf('data-pagefind-filter')).toBeLessThan(html.indexOf('</head>'));
    expect(sitePageHtml('<html><body><main>Hi</main></body></html>', page)).toBeUndefined();
  });

  it('include the self-assessment introduction, linked to the self-assessment page', () => {
    const [intro] = selfAssessmentDocuments(ladder, '/');
    expect(intro!.url).toBe('/software-engineer/self-assessment/');
    expect(intro!.meta.kind).toBe(PAGE_KIND);
    expect(intro!.items[0]!.text).toContain('Scores stay in your browser');
  });
});

describe('indexedText', () => {
  it('keeps the words Pagefind indexes: the marked body, without code blocks, tags or entities', () => {
    const html =
      '<html><nav>Menu words</nav><main data-pagefind-body><h2>Confluence</h2><p>Paste the macro &amp; save.</p>' +
      '<pre><code>iframe src</code></pre></main></html>';
    const words = indexedText(html).split(/\s+/).filter(Boolean);
    expect(words).toEqual(['Confluence', 'Paste', 'the', 'macro', 'save.']);
  });
});
