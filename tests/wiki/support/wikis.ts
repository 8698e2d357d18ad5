// The hosts the journeys paste snippets into, described the way a person uses them: which wiki to pick in
// the snippet builder, where the editor is and how to save (or, for wikis whose pages an admin writes
// outside the browser, how the page is published), where the saved page is read, and which of the wiki's
// own settings the admin first copies from the builder.
import { expect, type Page } from '@playwright/test';
import { publishFossilPage, publishIkiwikiPage, putTiddler, runFossilCommands } from './admin';
import { ORIGINS, PORTS } from './ports.mjs';

/** A snippet on the builder's page: its data-snippet name and its Copy button's accessible name. */
export interface BuilderSnippet {
  snippet: string;
  copyButton: string;
}

export interface WikiHost {
  /** The wiki's name as the snippet builder's "Your wiki" choice says it. */
  name: string;
  origin: string;
  /** The builder's snippet for this wiki (data-snippet) and its Copy button. */
  snippet: string;
  copyButton: string;
  /** Where readers open the page `title`; on a phone, in the wiki's mobile layout. */
  pageUrl: (title: string, phone: boolean) => string;
  editUrl?: (title: string) => string;
  /** The editor's text area. */
  editor?: string;
  /**
   * The wiki shows a page, once saved, at the address readers open it at (its desktop `pageUrl`): a journey
   * can read the saved page itself instead of loading it again.
   */
  showsSavedPage?: boolean;
  /** Saves the edit and waits for the saved page. */
  save?: (page: Page) => Promise<void>;
  /** For wikis edited outside the browser here: publishes `text` as the page `title`. */
  publish?: (title: string, text: string) => Promise<void>;
  /**
   * Requests the wiki itself makes and its server refuses, whatever is on the page (`METHOD path`); any
   * other failed request fails the journey.
   */
  ownFailedRequests?: string[];
  /** Wiki-wide settings the builder gives for this wiki, and how the admin applies what was copied. */
  settings?: BuilderSnippet & { apply: (copied: string) => Promise<void> };
}

export const MEDIAWIKI: WikiHost = {
  name: 'MediaWiki',
  origin: ORIGINS.mediawiki,
  snippet: 'mediawiki-rawhtml',
  copyButton: 'Copy the MediaWiki raw HTML snippet',
  // Vector 2022 on the desktop; Minerva, MediaWiki's mobile skin, on a phone.
  pageUrl: (title, phone) => `${ORIGINS.mediawiki}/index.php?title=${title}${phone ? '&useskin=minerva' : ''}`,
  editUrl: (title) => `${ORIGINS.mediawiki}/index.php?title=${title}&action=edit`,
  editor: '#wpTextbox1',
  // Not showsSavedPage: its editor can still have a POST to api.php of its own under way when Save leaves it,
  // which a journey recording from before Save would count as a failed request of the page.
  save: async (page) => {
    await page.locator('#wpSave').click();
    await expect(page.locator('#mw-content-text')).toBeVisible();
  },
};

export const DOKUWIKI: WikiHost = {
  name: 'DokuWiki',
  origin: ORIGINS.dokuwiki,
  snippet: 'dokuwiki',
  copyButton: 'Copy the DokuWiki snippet',
  pageUrl: (title) => `${ORIGINS.dokuwiki}/doku.php?id=team:${title.toLowerCase()}`,
  editUrl: (title) => `${ORIGINS.dokuwiki}/doku.php?id=team:${title.toLowerCase()}&do=edit`,
  editor: '#wiki__text',
  showsSavedPage: true,
  save: async (page) => {
    await page.locator('#edbtn__save').click();
    await expect(page.locator('#wiki__text')).toHaveCount(0);
  },
};

export const HTML_PAGE: WikiHost = {
  name: 'A plain HTML page',
  origin: ORIGINS.htmlPage,
  snippet: 'html',
  copyButton: 'Copy the HTML snippet',
  pageUrl: (title) => `${ORIGINS.htmlPage}/page/${title}`,
  editUrl: (title) => `${ORIGINS.htmlPage}/edit/${title}`,
  editor: '#html',
  showsSavedPage: true,
  save: async (page) => {
    await page.getByRole('button', { name: 'Save page' }).click();
    await expect(page.locator('#html')).toHaveCount(0);
  },
};

/** ikiwiki: pages under career-ladder/ are kept out of htmlscrubber (support/ikiwiki.mjs). */
export const IKIWIKI: WikiHost = {
  name: 'ikiwiki',
  origin: ORIGINS.ikiwiki,
  snippet: 'ikiwiki',
  copyButton: 'Copy the ikiwiki page snippet',
  pageUrl: (title) => `${ORIGINS.ikiwiki}/career-ladder/${title.toLowerCase()}/`,
  publish: async (title, text) => publishIkiwikiPage(`career-ladder/${title.toLowerCase()}`, text),
};

/** The same ikiwiki, pages outside htmlscrubber_skip: scrubbed as installed. */
export const IKIWIKI_SCRUBBED: WikiHost = {
  ...IKIWIKI,
  pageUrl: (title) => `${ORIGINS.ikiwiki}/team/${title.toLowerCase()}/`,
  publish: async (title, text) => publishIkiwikiPage(`team/${title.toLowerCase()}`, text),
};

function gitit(origin: string): WikiHost {
  return {
    name: 'gitit',
    origin,
    snippet: 'gitit',
    copyButton: 'Copy the gitit page snippet',
    pageUrl: (title) => `${origin}/${title}`,
    editUrl: (title) => `${origin}/_edit/${title}`,
    editor: '#editedText',
    showsSavedPage: true,
    save: async (page) => {
      await page.getByLabel('Description of changes:').fill('The career ladder calculator');
      await page.locator('#update').click();
      await expect(page.locator('#editedText')).toHaveCount(0);
    },
  };
}

/** gitit with xss-sanitize: no, as the builder says. */
export const GITIT = gitit(ORIGINS.gitit);
/** gitit as installed: xss-sanitize on. */
export const GITIT_SANITIZED = gitit(ORIGINS.gititSanitized);

const FOSSIL_SETTINGS = { snippet: 'fossil-settings', copyButton: 'Copy the Fossil settings' };

function fossil(port: number, origin: string, settings: WikiHost['settings']): WikiHost {
  return {
    name: 'Fossil',
    origin,
    snippet: 'fossil',
    copyButton: 'Copy the Fossil page snippet',
    pageUrl: (title) => `${origin}/wiki?name=${title}`,
    publish: async (title, text) => publishFossilPage(port, title, text),
    settings,
  };
}

/** Fossil with the builder's safe-html and default-csp settings run in its repository. */
export const FOSSIL = fossil(PORTS.fossil, ORIGINS.fossil, {
  ...FOSSIL_SETTINGS,
  apply: async (copied) => runFossilCommands(PORTS.fossil, copied),
});

/**
 * Fossil where the admin added the ladder to frame-src only: the frame loads, the host script is refused.
 * The builder's settings, with this site left out of script-src.
 */
export const FOSSIL_FRAME_ONLY = fossil(PORTS.fossilFrameOnly, ORIGINS.fossilFrameOnly, {
  ...FOSSIL_SETTINGS,
  apply: async (copied) => runFossilCommands(PORTS.fossilFrameOnly, copied.replace(/('nonce-\\\$nonce') \S+;/, '$1;')),
});

function tiddlyWiki(origin: string, settings?: WikiHost['settings']): WikiHost {
  return {
    name: 'TiddlyWiki',
    origin,
    snippet: 'tiddlywiki',
    copyButton: 'Copy the TiddlyWiki frame',
    // A permalink: the story shows that tiddler alone.
    pageUrl: (title) => `${origin}/#${encodeURIComponent(title)}`,
    publish: (title, text) => putTiddler(origin, { title, text }),
    // TiddlyWiki's PUT saver asks whether the server takes WebDAV; its own server says no with a 404.
    ownFailedRequests: ['OPTIONS /', 'HEAD /'],
    ...(settings ? { settings } : {}),
  };
}

/** TiddlyWiki with the host script in a tiddler tagged $:/tags/RawMarkup, as the builder says. */
export const TIDDLYWIKI = tiddlyWiki(ORIGINS.tiddlywiki, {
  snippet: 'tiddlywiki-rawmarkup',
  copyButton: 'Copy the TiddlyWiki raw markup tiddler',
  apply: (copied) =>
    putTiddler(ORIGINS.tiddlywiki, { title: '$:/career-ladder/host-script', tags: '$:/tags/RawMarkup', text: copied }),
});

/** A TiddlyWiki where nobody added the raw-markup tiddler. */
export const TIDDLYWIKI_BARE = tiddlyWiki(ORIGINS.tiddlywikiBare);

export const WIKIS = [MEDIAWIKI, DOKUWIKI, HTML_PAGE, IKIWIKI, GITIT, FOSSIL, TIDDLYWIKI];
