/**
 * A body that reads the build environment never becomes a page: the content check stops the build with one
 * line before anything is compiled, and the MDX safety plugin refuses the file if it is compiled anyway
 * (a build without the content check, or `astro dev` after an edit).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentProblems } from '@integrations/content-check';
import { mdxSafety } from '@lib/ladder/mdx-safety';
import { repoRoot, seedContentDir } from '../lib/ladder/support';

const FAQ = 'pages/software-engineer/faq.mdx';
const LEAK = 'Build user home: {process.env.HOME}';
const astroBin = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

let work: string;
let content: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ladder-leak-'));
  content = join(work, 'content');
  cpSync(seedContentDir, content, { recursive: true });
  const faq = join(content, FAQ);
  writeFileSync(faq, readFileSync(faq, 'utf8').replace(/^FAQ items will be added.*$/m, LEAK));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `astro build` of a project on the edited content into its own folder: exit code, output and folder. */
function build(name: string, project = repoRoot) {
  const outDir = join(work, name);
  const run = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: project,
    env: { ...process.env, LADDER_CONTENT_DIR: content, LADDER_OUT_DIR: outDir, DEBUG: '' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, outDir };
}

/** Every page of a build, or none when there is no build. */
const producedFaq = (outDir: string) => existsSync(join(outDir, 'software-engineer', 'faq', 'index.html'));

describe('a body that tries process.env', () => {
  const line =
    'body: found the expression {process.env.HOME} at line 6, which would run as code when the site is built; ' +
    'expected Markdown (write \\< and \\{ for a literal < or {)';

  it('is one line of the content check', () => {
    expect(contentProblems(content, work)).toEqual([`content/${FAQ}: ${line}`]);
  });

  it('stops the build with that line and no stack trace, and no page is produced', () => {
    const { status, output, outDir } = build('dist');
    expect(status).not.toBe(0);
    expect(output).toContain(`${relative(repoRoot, join(content, FAQ))}: ${line}`);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).toContain('The ladder content has 1 problem');
    expect(producedFaq(outDir)).toBe(false);
  });

  it('is refused by the MDX plugin when the file is compiled without the content check', () => {
    // A copy of the project without the content check in its config, with its own .astro/ and cache: the
    // project's builds (which `npm test` runs alongside the unit tests) never see this build's files.
    const project = join(work, 'project');
    for (const part of ['src', 'components', 'public', 'package.json', 'tsconfig.json']) {
      cpSync(join(repoRoot, part), join(project, part), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
    const config = readFileSync(join(repoRoot, 'astro.config.mjs'), 'utf8')
      .replace(/contentCheck\(\),\s*/, '')
      .replace('defineConfig({', `defineConfig({ cacheDir: ${JSON.stringify(join(work, 'cache'))},`);
    writeFileSync(join(project, 'astro.config.mjs'), config);
    const { status, output, outDir } = build('dist-unchecked', project);
    expect(status).not.toBe(0);
    expect(output).toContain(`${join(content, FAQ)}: ${line}`);
    expect(producedFaq(outDir)).toBe(false);
  });

  it('is what the plugin stops: the same body compiles to code that reads process.env without it', () => {
    const source = `Build user home: {process.env.HOME}\n`;
    expect(mdxToJs(source).code).toContain('process.env.HOME');
    expect(() => mdxToJs(source, { mdastPlugins: [mdxSafety] })).toThrow(
      /found the expression \{process\.env\.HOME\} at line 1/,
    );
  });
});
