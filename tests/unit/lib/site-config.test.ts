/** "Edit this page" links come from one repository setting and disappear without it. */
import { describe, expect, it } from 'vitest';
import { editUrl, readSiteConfig, repoPath } from '@lib/site-config';

describe('site config', () => {
  it('has no repository, and so no edit link, when LADDER_REPO_URL is unset or blank', () => {
    expect(readSiteConfig({}).repoUrl).toBeUndefined();
    expect(readSiteConfig({ LADDER_REPO_URL: '  ' }).repoUrl).toBeUndefined();
    expect(editUrl('content/levels/software-engineer/l1.yaml', readSiteConfig({}))).toBeUndefined();
  });

  it('builds the edit URL of a source file from the repository URL', () => {
    const config = readSiteConfig({ LADDER_REPO_URL: 'https://github.com/acme/ladder/' });
    expect(editUrl('content/competencies/software-engineer/code-quality.yaml', config)).toBe(
      'https://github.com/acme/ladder/edit/main/content/competencies/software-engineer/code-quality.yaml',
    );
  });

  it('proposes edits against another branch when one is configured', () => {
    const config = readSiteConfig({ LADDER_REPO_URL: 'https://git.example/ladder', LADDER_EDIT_BRANCH: 'content' });
    expect(editUrl('./content/tracks/software-engineer.yaml', config)).toBe(
      'https://git.example/ladder/edit/content/content/tracks/software-engineer.yaml',
    );
  });

  it('points at content/ in the repository when the build read a copy of the content from elsewhere', () => {
    const config = readSiteConfig({
      LADDER_REPO_URL: 'https://git.example/ladder',
      LADDER_CONTENT_DIR: '/tmp/ladder-copy',
    });
    const root = '/home/team/ladder';
    // Astro reports paths relative to the project root, so a folder outside it starts with "../".
    expect(editUrl('../../../tmp/ladder-copy/competencies/data-analyst/sql.yaml', config, root)).toBe(
      'https://git.example/ladder/edit/main/content/competencies/data-analyst/sql.yaml',
    );
    const inRepo = readSiteConfig({ LADDER_CONTENT_DIR: './build/content-copy/' });
    expect(repoPath('build/content-copy/tracks/data-analyst.yaml', inRepo, root)).toBe(
      'content/tracks/data-analyst.yaml',
    );
    // A file outside the content folder keeps its own path.
    expect(repoPath('docs/embedding.md', inRepo, root)).toBe('docs/embedding.md');
  });
});
