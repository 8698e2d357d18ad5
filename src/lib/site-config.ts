/**
 * Site-wide settings read from the build environment, in one place.
 *
 * LADDER_REPO_URL: the repository that holds content/ (e.g. https://github.com/acme/career-ladder).
 * When set, every page links "Edit this page" to its source file; when unset, the link is hidden.
 */
export interface SiteConfig {
  /** Repository web URL without a trailing slash, or undefined when not configured. */
  repoUrl: string | undefined;
  /** The branch edits are proposed against. */
  editBranch: string;
}

type Env = Record<string, string | undefined>;

export function readSiteConfig(env: Env = process.env): SiteConfig {
  const repoUrl = env.LADDER_REPO_URL?.trim().replace(/\/+$/, '');
  return {
    repoUrl: repoUrl ? repoUrl : undefined,
    editBranch: env.LADDER_EDIT_BRANCH?.trim() || 'main',
  };
}

export const siteConfig: SiteConfig = readSiteConfig();

/** "https://github.com/acme/ladder/edit/main/content/levels/x/l1.yaml", or undefined without a repository. */
export function editUrl(filePath: string, config: SiteConfig = siteConfig): string | undefined {
  if (!config.repoUrl) return undefined;
  const path = filePath.replace(/^\.?\/+/, '');
  return `${config.repoUrl}/edit/${config.editBranch}/${path}`;
}
