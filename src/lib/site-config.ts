/**
 * Site-wide settings read from the build environment, in one place.
 *
 * LADDER_REPO_URL: the repository that holds content/ (e.g. https://github.com/acme/career-ladder).
 * When set, every page links "Edit this page" to its source file; when unset, the link is hidden.
 * LADDER_CONTENT_DIR: the folder the build reads as content/ (default ./content). Edit links always point
 * at content/ in the repository, wherever the build read the files from (tests and the benchmark build
 * copies in temporary folders).
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** Where the content folder sits in a team's repository, relative to its root. */
export const REPO_CONTENT_FOLDER = 'content';

export interface SiteConfig {
  /** Repository web URL without a trailing slash, or undefined when not configured. */
  repoUrl: string | undefined;
  /** The branch edits are proposed against. */
  editBranch: string;
  /** The content folder the build reads, as given (relative to the project root, or absolute). */
  contentDir: string;
}

type Env = Record<string, string | undefined>;

export function readSiteConfig(env: Env = process.env): SiteConfig {
  const repoUrl = env.LADDER_REPO_URL?.trim().replace(/\/+$/, '');
  return {
    repoUrl: repoUrl ? repoUrl : undefined,
    editBranch: env.LADDER_EDIT_BRANCH?.trim() || 'main',
    contentDir: env.LADDER_CONTENT_DIR?.trim() || `./${REPO_CONTENT_FOLDER}`,
  };
}

export const siteConfig: SiteConfig = readSiteConfig();

/**
 * The repository path of a content file, from its path relative to the project root (what Astro and
 * readContentDir report): "content/levels/x/l1.yaml", even when the build read it from another folder
 * ("../../tmp/ladder/levels/x/l1.yaml" with LADDER_CONTENT_DIR=/tmp/ladder). Paths outside the content
 * folder are returned as they are.
 */
export function repoPath(filePath: string, config: SiteConfig = siteConfig, root: string = process.cwd()): string {
  const inContent = relative(resolve(root, config.contentDir), resolve(root, filePath));
  if (inContent === '' || inContent.startsWith('..') || isAbsolute(inContent)) return filePath.replace(/^\.?\/+/, '');
  return `${REPO_CONTENT_FOLDER}/${inContent.split('\\').join('/')}`;
}

/** "https://github.com/acme/ladder/edit/main/content/levels/x/l1.yaml", or undefined without a repository. */
export function editUrl(filePath: string, config: SiteConfig = siteConfig, root?: string): string | undefined {
  if (!config.repoUrl) return undefined;
  return `${config.repoUrl}/edit/${config.editBranch}/${repoPath(filePath, config, root)}`;
}
