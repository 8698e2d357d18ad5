// The three hosts the journeys paste snippets into, described the way a person uses them: which wiki to
// pick in the snippet builder, where the editor is, how to save, and where the saved page is read.
import { expect, type Page } from '@playwright/test';
import { ORIGINS } from './ports.mjs';

export interface WikiHost {
  /** The wiki's name as the snippet builder's "Your wiki" choice says it. */
  name: string;
  origin: string;
  /** The builder's snippet for this wiki (data-snippet) and its Copy button. */
  snippet: string;
  copyButton: string;
  /** Where readers open the page `title`; on a phone, in the wiki's mobile layout. */
  pageUrl: (title: string, phone: boolean) => string;
  editUrl: (title: string) => string;
  /** The editor's text area. */
  editor: string;
  /** Saves the edit and waits for the saved page. */
  save: (page: Page) => Promise<void>;
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
  save: async (page) => {
    await page.getByRole('button', { name: 'Save page' }).click();
    await expect(page.locator('#html')).toHaveCount(0);
  },
};

export const WIKIS = [MEDIAWIKI, DOKUWIKI, HTML_PAGE];
