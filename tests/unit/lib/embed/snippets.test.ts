import { describe, expect, it } from 'vitest';
import { HOST_SCRIPT } from '@lib/embed/host-script';
import { parseEmbedParams } from '@lib/embed/params';
import {
  DEFAULT_CHOICES,
  buildSnippets,
  embedAddress,
  embedUrls,
  wikiOriginOf,
  type EmbedChoices,
} from '@lib/embed/snippets';

const urls = embedUrls('https://ladder.corp.example', '/ladder/', 'software-engineer');
const vocabulary = {
  competencyIds: ['technical-mastery', 'system-design', 'debugging'],
  levelCodes: ['L1', 'L2', 'L3'],
};
const everything: EmbedChoices = {
  wikiOrigin: 'http://wiki.corp.example:8080',
  theme: 'dark',
  competencies: ['technical-mastery', 'system-design'],
  level: 'L3',
  storage: 'local',
  postResults: true,
};

/** The iframe src of an HTML snippet, as a browser reads the attribute. */
function iframeSrc(html: string): string {
  const raw = /<iframe[^>]* src="([^"]*)"/.exec(html)?.[1];
  expect(raw).toBeDefined();
  return raw!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('the site address', () => {
  it('is the configured site and base path, or a placeholder origin', () => {
    expect(urls).toMatchObject({
      originKnown: true,
      embed: 'https://ladder.corp.example/ladder/software-engineer/embed/',
      hostScript: 'https://ladder.corp.example/ladder/embed-host.js',
    });
    const unknown = embedUrls(undefined, '/', 'software-engineer');
    expect(unknown.originKnown).toBe(false);
    expect(unknown.embed).toBe('https://ladder.example.com/software-engineer/embed/');
  });
});

describe("the wiki's address", () => {
  it('is reduced to its origin, whatever page of the wiki is pasted', () => {
    expect(wikiOriginOf(' https://wiki.corp.example/wiki/Career_ladder?action=view#top ')).toBe(
      'https://wiki.corp.example',
    );
    expect(wikiOriginOf('http://127.0.0.1:8080/doku.php?id=team:ladder')).toBe('http://127.0.0.1:8080');
  });

  it('may be typed without a scheme (https is assumed)', () => {
    expect(wikiOriginOf('wiki.corp.example/Team')).toBe('https://wiki.corp.example');
    expect(wikiOriginOf('http://[::1]:8080/wiki')).toBe('http://[::1]:8080');
    expect(wikiOriginOf('https://Wiki.Corp.Example')).toBe('https://wiki.corp.example');
  });

  it('is absent when empty, and refused when it is not a web address', () => {
    expect(wikiOriginOf('   ')).toBeUndefined();
    expect(wikiOriginOf('ftp://files.corp.example')).toBeNull();
    expect(wikiOriginOf('https://')).toBeNull();
    expect(wikiOriginOf('not a url')).toBeNull();
    expect(wikiOriginOf('wiki corp')).toBeNull();
    expect(wikiOriginOf('https://wiki%20corp/')).toBeNull();
  });
});

describe('the embed address', () => {
  it('is the bare embed page with the default choices', () => {
    expect(embedAddress(urls, DEFAULT_CHOICES)).toBe(urls.embed);
  });

  it('carries every choice, readable, and the embed reads them back as chosen', () => {
    const address = embedAddress(urls, everything);
    expect(address).toBe(
      'https://ladder.corp.example/ladder/software-engineer/embed/?theme=dark&competencies=technical-mastery,system-design' +
        '&level=L3&storage=local&parentOrigin=http://wiki.corp.example:8080&postResults=1',
    );
    const options = parseEmbedParams(new URL(address).search, vocabulary);
    expect(options).toEqual({
      theme: 'dark',
      storage: 'local',
      competencies: ['technical-mastery', 'system-design'],
      level: 'L3',
      parentOrigin: 'http://wiki.corp.example:8080',
      postResults: true,
      messages: [],
    });
  });

  it('never asks for results without a wiki to send them to', () => {
    const address = embedAddress(urls, { ...DEFAULT_CHOICES, postResults: true });
    expect(address).not.toContain('postResults');
  });

  it('leaves out parentOrigin and results for wikis that frame it through their own layers', () => {
    const address = embedAddress(urls, everything, false);
    expect(address).toContain('theme=dark');
    expect(address).not.toContain('parentOrigin');
    expect(address).not.toContain('postResults');
  });
});

describe('the snippets', () => {
  const snippets = buildSnippets(urls, everything, 'Software "SE": scoring calculator', '/ladder/');

  it('frame the chosen embed address in every wiki that takes HTML, with the host script', () => {
    const expected = embedAddress(urls, everything);
    for (const html of [
      snippets.html,
      snippets.htmlInline,
      snippets.mediaWikiRawHtml,
      snippets.mediaWikiWidget,
      snippets.dokuWiki,
    ]) {
      expect(iframeSrc(html)).toBe(expected);
      expect(html).toContain('data-career-ladder');
      expect(html).toContain('title="Software &quot;SE&quot;: scoring calculator"');
    }
    expect(snippets.html).toContain('<script src="https://ladder.corp.example/ladder/embed-host.js"></script>');
    expect(snippets.htmlInline).toContain(HOST_SCRIPT);
  });

  it("wrap the HTML in each wiki's own raw-HTML markup", () => {
    expect(snippets.mediaWikiRawHtml).toBe(`<html>\n${snippets.html}\n</html>`);
    expect(snippets.dokuWiki).toBe(`<HTML>\n${snippets.html}\n</HTML>`);
    expect(snippets.mediaWikiWidget).toBe(`<includeonly>${snippets.html}</includeonly>`);
    expect(snippets.mediaWikiWidgetUse).toBe('{{#widget:CareerLadder}}');
  });

  it('give TiddlyWiki a plain "&" in the address (it keeps "&amp;" literally) and the host script apart', () => {
    const raw = /<iframe[^>]* src="([^"]*)"/.exec(snippets.tiddlyWikiFrame)![1];
    expect(raw).toBe(embedAddress(urls, everything));
    expect(raw).toContain('&postResults=1');
    expect(snippets.tiddlyWikiFrame).not.toContain('&amp;');
    expect(snippets.tiddlyWikiFrame).not.toContain('<script');
    expect(snippets.tiddlyWikiRawMarkup).toBe(
      '<script src="https://ladder.corp.example/ladder/embed-host.js"></script>',
    );
  });

  it("name the sanitizer settings of ikiwiki and gitit, and add this site to fossil's own CSP", () => {
    expect(snippets.ikiwikiSetup).toContain("htmlscrubber_skip: 'career-ladder'");
    expect(snippets.gititConfig).toContain('xss-sanitize: no');
    expect(snippets.fossilSettings).toContain('fossil settings safe-html w');
    // For the shell: $nonce is fossil's, escaped so that the shell leaves it alone.
    expect(snippets.fossilSettings).toContain(
      `fossil settings default-csp "default-src 'self' data:; script-src 'self' 'nonce-\\$nonce' https://ladder.corp.example; ` +
        `frame-src https://ladder.corp.example; style-src 'self' 'unsafe-inline'; img-src * data:;"`,
    );
  });

  it("allow the wiki's origin, and only on the embed path, in the hosting headers", () => {
    expect(snippets.nginx).toContain('location ~ ^/ladder/[^/]+/embed/ {');
    expect(snippets.nginx).toContain(`frame-ancestors 'self' http://wiki.corp.example:8080`);
    expect(snippets.apache).toContain('<LocationMatch "^/ladder/[^/]+/embed/">');
    expect(snippets.apache).toContain(`frame-ancestors 'self' http://wiki.corp.example:8080`);
  });
});
