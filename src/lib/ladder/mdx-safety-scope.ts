/**
 * Which MDX files the content subset (mdx-safety.ts) holds: every file but the site's own pages. A page under
 * src/pages/ is code, reviewed as code, and may import components and read its props (the embedding guide,
 * src/pages/[track]/_embed-help.mdx); content/ (or wherever LADDER_CONTENT_DIR points) and anything else
 * compiled, a file without a known path included, stays held. See docs/decisions/0019-embed-guide-as-mdx.md.
 */
import type { PluginFactoryContext } from 'satteri';
import { mdxSafety } from './mdx-safety';

/** The site's pages folder, from this module's place in src/lib/ladder/. */
const SITE_PAGES = new URL('../../pages/', import.meta.url);

/** Whether an MDX file is one of the site's own pages, which the content subset does not hold. */
export function isSitePage(fileURL: URL | undefined, pages: URL = SITE_PAGES): boolean {
  return fileURL !== undefined && fileURL.protocol === 'file:' && fileURL.pathname.startsWith(pages.pathname);
}

/** The safety plugin for every MDX file but the site's pages (a satteri plugin factory, per compiled file). */
export const contentMdxSafety = ({ fileURL }: PluginFactoryContext): typeof mdxSafety | false =>
  isSitePage(fileURL) ? false : mdxSafety;
