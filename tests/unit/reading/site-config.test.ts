/** "Edit this page" links come from one repository setting and disappear without it. */
import { describe, expect, it } from 'vitest';
import { editUrl, readSiteConfig } from '../../../src/lib/site-config';

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
});
