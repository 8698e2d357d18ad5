/**
 * Bad content never passes silently and never crashes: each broken copy of the fixture track fails with one
 * line that names the file, the field, what was found and what was expected, and nothing else (a mistake
 * that would cause other problems is reported alone). These are the cases that used to build with broken
 * pages, skip files, crash, or bury the cause under knock-on messages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ignoredNotice } from '@integrations/content-check';
import { hiddenFiles } from '@lib/ladder/read-content-dir';
import { RESERVED_TRACK_IDS } from '@lib/ladder/validate/tracks';
import {
  miniLadderDir,
  problemsIn,
  readEdited,
  repoRoot,
  seedContentDir,
  withContentDir,
  type FileEdits,
} from './support';

const A1 = 'levels/data-analyst/a1.mdx';
const SQL_A1 = 'competencies/data-analyst/sql/a1.mdx';
const TRACK = 'tracks/data-analyst.yaml';
const STEP = 'promotions/data-analyst/a1-to-a2.mdx';
const FAQ = 'pages/data-analyst/faq.mdx';

/** A case of the table: what a broken copy of the fixture changes, and the one line it must give. */
interface Case {
  name: string;
  edits: FileEdits;
  line: string;
}

/** Runs a table of cases: each edit gives exactly its one line, and nothing else. */
function eachCase(cases: Case[]) {
  it.each(cases.map((one) => [one.name, one] as const))('%s', (_name, { edits, line }) => {
    expect(problemsIn(edits)).toEqual([line]);
  });
}

/** The FAQ's body (line 6 of the file) replaced with `body`. */
const faqBody = (body: string) => ({ [FAQ]: (text: string) => text.replace('Ask your lead.', body) });
/** The A1 level's tagline (line 8 of the file) replaced with `body`. */
const a1Tagline = (body: string) => ({ [A1]: (text: string) => text.replace('Answers well-posed questions.', body) });
const MARKDOWN = 'Markdown (write \\< and \\{ for a literal < or {)';
const NO_RUN = 'which would run as code when the site is built';

/** The front matter of the fixture's sql/a1.mdx with its behaviours replaced. */
const sqlA1WithBehaviours = (behaviours: string) => (text: string) =>
  text.replace(/^behaviours: .*$/m, `behaviours: ${behaviours}`);

describe('duplicate anchors on a page fail the build instead of breaking links', () => {
  it('the same id given to two behaviours', () => {
    expect(
      problemsIn({ [SQL_A1]: sqlA1WithBehaviours('[{ id: joins, text: "Joins." }, { id: joins, text: "Unions." }]') }),
    ).toEqual([
      `${SQL_A1}: behaviours[1].id: found "joins", the anchor of A1 behaviour 1 too; expected an id used once on the competency page`,
    ]);
  });

  it('a given id equal to the position-based id of another behaviour', () => {
    expect(
      problemsIn({ [SQL_A1]: sqlA1WithBehaviours('["Joins.", { id: a1-behaviour-1, text: "Unions." }]') }),
    ).toEqual([
      `${SQL_A1}: behaviours[1].id: found "a1-behaviour-1", the anchor of A1 behaviour 1 too; expected an id used once on the competency page`,
    ]);
  });

  it("an output's id given to a behaviour", () => {
    expect(problemsIn({ [SQL_A1]: sqlA1WithBehaviours('["Joins.", { id: a1-output-1, text: "Unions." }]') })).toEqual([
      `${SQL_A1}: behaviours[1].id: found "a1-output-1", the anchor of A1 output 1 too; expected an id used once on the competency page`,
    ]);
  });

  it("an item id equal to a level's anchor", () => {
    expect(problemsIn({ [SQL_A1]: sqlA1WithBehaviours('["Joins.", { id: a2, text: "Unions." }]') })).toEqual([
      `${SQL_A1}: behaviours[1].id: found "a2", the anchor of the A2 section too; expected an id used once on the competency page`,
    ]);
  });
});

describe('every file under the content folder is read or named', () => {
  it('a level outside any track folder', () => {
    expect(problemsIn({ 'levels/a3.mdx': (text) => text })).toEqual([
      'levels/a3.mdx: (file): found a file outside any track folder; expected ./levels/<track>/<level>.mdx',
    ]);
  });

  it('a level with an upper-case extension', () => {
    expect(problemsIn({ 'levels/data-analyst/a3.MDX': '' })).toEqual([
      'levels/data-analyst/a3.MDX: (file): found the extension ".MDX"; expected ".mdx"',
    ]);
  });

  it('a level still written as YAML', () => {
    expect(problemsIn({ 'levels/data-analyst/a3.yaml': 'code: A3\n' })).toEqual([
      'levels/data-analyst/a3.yaml: (file): found the extension ".yaml"; expected an MDX file, ./levels/<track>/<level>.mdx: structure in front matter, prose in the body',
    ]);
  });

  it('a competency named with capitals, which would give its pages and its search results different URLs', () => {
    const story = 'competencies/data-analyst/storytelling';
    expect(
      problemsIn({
        [story]: null,
        'competencies/data-analyst/Storytelling/index.mdx': () => readFixture(`${story}/index.mdx`),
        'competencies/data-analyst/Storytelling/a1.mdx': () => readFixture(`${story}/a1.mdx`),
        'competencies/data-analyst/Storytelling/a2.mdx': () => readFixture(`${story}/a2.mdx`),
      }),
    ).toEqual([
      'competencies/data-analyst/Storytelling/: (file): found the folder name "Storytelling"; expected a lowercase id (letters, digits and single hyphens), as it becomes part of a URL',
    ]);
  });

  it('a folder the site does not read', () => {
    expect(problemsIn({ 'notes/ideas.md': 'Later.' })).toEqual([
      'notes/: (file): found a folder the site does not read; expected only the folders tracks/, levels/, competencies/, promotions/, ic-tracks/, pages/ in ./',
    ]);
  });

  it('a level folder for a track that has no track file', () => {
    expect(problemsIn({ 'levels/data-analyts/a1.mdx': () => readFixture(A1) })).toEqual([
      'levels/data-analyts/: (file): found a folder for track "data-analyts", which has no track file; expected a file tracks/data-analyts.yaml, or the folder named after one of the tracks (data-analyst)',
    ]);
  });
});

describe('content the site would show twice, or not at all, fails', () => {
  it('a copy of a promotion step', () => {
    expect(problemsIn({ 'promotions/data-analyst/second-a1-to-a2.mdx': () => readFixture(STEP) })).toEqual([
      'promotions/data-analyst/second-a1-to-a2.mdx: from: found a second step from A1 to A2 (the first is a1-to-a2.mdx); expected one step per pair of levels',
    ]);
  });

  it('a second FAQ page', () => {
    expect(problemsIn({ 'pages/data-analyst/questions.mdx': () => readFixture('pages/data-analyst/faq.mdx') })).toEqual(
      ['pages/data-analyst/questions.mdx: kind: found "faq", the kind of faq.mdx too; expected one faq page per track'],
    );
  });

  it('text below the front matter of a competency index, where no page would show it', () => {
    expect(problemsIn({ 'competencies/data-analyst/sql/index.mdx': (text) => `${text}\nAbout SQL.\n` })).toEqual([
      'competencies/data-analyst/sql/index.mdx: body: found text below the front matter; expected none: what the competency expects at each level goes in the level files next to index.mdx',
    ]);
  });

  it('a competency level without its "What you would see" heading', () => {
    expect(problemsIn({ [SQL_A1]: (text) => text.replace('## What you would see\n\n', '') })).toEqual([
      `${SQL_A1}: body: found no "## What you would see" heading; expected the summary, then the heading "## What you would see", then the example`,
    ]);
  });

  it('a level tagline of two paragraphs, which the level cards cannot show in one line', () => {
    expect(problemsIn({ [A1]: (text) => `${text}\nA second paragraph.\n` })).toEqual([
      `${A1}: body: found 2 blocks (a paragraph, a paragraph); expected one paragraph: the level's tagline`,
    ]);
  });

  it('a body that is not valid MDX', () => {
    expect(
      problemsIn({ [A1]: (text) => text.replace('Answers well-posed questions.', 'Answers <questions.') }),
    ).toEqual([
      `${A1}: body: found invalid MDX at line 8: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`); expected Markdown (write \\< and \\{ for a literal < or {)`,
    ]);
  });
});

describe('MDX bodies are content, not code: anything outside the safe subset fails with one line', () => {
  eachCase([
    {
      name: 'an expression that reads the build environment',
      edits: faqBody('Build user home: {process.env.HOME}'),
      line: `${FAQ}: body: found the expression {process.env.HOME} at line 6, ${NO_RUN}; expected ${MARKDOWN}`,
    },
    {
      name: 'import.meta.env in a level tagline',
      edits: a1Tagline('Answers {import.meta.env.SECRET} questions.'),
      line: `${A1}: body: found the expression {import.meta.env.SECRET} at line 8, ${NO_RUN}; expected ${MARKDOWN}`,
    },
    {
      name: 'an expression on a line of its own',
      edits: faqBody('Ask your lead.\n\n{globalThis.fetch("https://example.com")}'),
      line: `${FAQ}: body: found the expression {globalThis.fetch("https://example.com")} at line 8, ${NO_RUN}; expected ${MARKDOWN}`,
    },
    {
      name: 'an expression that only calls alert',
      edits: faqBody('{alert(1)}'),
      line: `${FAQ}: body: found the expression {alert(1)} at line 6, ${NO_RUN}; expected ${MARKDOWN}`,
    },
    {
      name: 'an import',
      edits: faqBody("import Chart from '../../components/Chart.astro'\n\nAsk your lead."),
      line: `${FAQ}: body: found an import (import Chart from '../../components/Chart.astro') at line 6, ${NO_RUN}; expected ${MARKDOWN}: the site provides no components to bodies`,
    },
    {
      name: 'an export',
      edits: faqBody('export const secret = process.env.TOKEN\n\nAsk your lead.'),
      line: `${FAQ}: body: found an export (export const secret = process.env.TOKEN) at line 6, ${NO_RUN}; expected ${MARKDOWN}: the site provides no components to bodies`,
    },
    {
      name: 'a component the site does not provide',
      edits: faqBody('Ask your lead. <Undefined />'),
      line: `${FAQ}: body: found the component <Undefined> at line 6, which the site does not provide to bodies; expected ${MARKDOWN}`,
    },
    {
      name: 'a component used with an import that names a missing file',
      edits: faqBody("import Missing from './missing.astro'\n\n<Missing />"),
      line: `${FAQ}: body: found an import (import Missing from './missing.astro') at line 6, ${NO_RUN}; expected ${MARKDOWN}: the site provides no components to bodies`,
    },
    {
      name: 'a script element in a competency level',
      edits: {
        [SQL_A1]: (text: string) => text.replace('A query that answers the ticket.', '<script>alert(1)</script>'),
      },
      line: `${SQL_A1}: body: found the element <script> at line 13, which could run or load code, or restyle the page, in the reader's browser; expected ${MARKDOWN}, or plain HTML such as <abbr>, <kbd>, <sub>, <sup>, <mark>`,
    },
    {
      name: 'an iframe',
      edits: faqBody('<iframe src="https://example.com/"></iframe>'),
      line: `${FAQ}: body: found the element <iframe> at line 6, which could run or load code, or restyle the page, in the reader's browser; expected ${MARKDOWN}, or plain HTML such as <abbr>, <kbd>, <sub>, <sup>, <mark>`,
    },
    {
      name: 'a style element',
      edits: faqBody('<style>{"body { display: none }"}</style>'),
      line: `${FAQ}: body: found the element <style> at line 6, which could run or load code, or restyle the page, in the reader's browser; expected ${MARKDOWN}, or plain HTML such as <abbr>, <kbd>, <sub>, <sup>, <mark>`,
    },
    {
      name: 'an inline event handler on an allowed element',
      edits: a1Tagline('Answers <span onmouseover="alert(1)">well-posed</span> questions.'),
      line: `${A1}: body: found the event handler onmouseover on <span> at line 8, which would run in the reader's browser; expected no event handlers: reading pages run no JavaScript`,
    },
    {
      name: 'a javascript: link in Markdown',
      edits: faqBody('[Ask your lead](javascript:alert(1)).'),
      line: `${FAQ}: body: found the link "javascript:alert(1)" at line 6, a javascript: URL; expected an http:, https:, mailto: or relative link`,
    },
    {
      name: 'a javascript: link hidden by upper case and a tab',
      edits: faqBody('[Ask your lead](JavaScript&#9;:alert(1)).'),
      line: `${FAQ}: body: found the link "JavaScript :alert(1)" at line 6, a javascript: URL; expected an http:, https:, mailto: or relative link`,
    },
    {
      name: 'a javascript: URL in an href attribute',
      edits: faqBody('<a href="javascript:alert(1)">Ask your lead</a>.'),
      line: `${FAQ}: body: found the javascript: URL in href on <a> at line 6; expected an http:, https:, mailto: or relative link`,
    },
    {
      name: 'an image next to the content, which Astro would fail to import with a stack trace',
      edits: faqBody('Ask your lead. ![The ladder](./ladder.png)'),
      line: `${FAQ}: body: found the image "./ladder.png" at line 6, a file next to the content, which the site does not publish; expected an image in public/, written from the site root ("/images/chart.png"), or an https: address`,
    },
    {
      name: 'an img element next to the content',
      edits: faqBody('<img src="ladder.png" alt="The ladder" />'),
      line: `${FAQ}: body: found the image "ladder.png" at line 6, a file next to the content, which the site does not publish; expected an image in public/, written from the site root ("/images/chart.png"), or an https: address`,
    },
    {
      name: 'an attribute whose value is an expression',
      edits: faqBody('<abbr title={process.env.HOME}>FAQ</abbr>'),
      line: `${FAQ}: body: found the expression title={process.env.HOME} on <abbr> at line 6, ${NO_RUN}; expected a quoted value, title="…"`,
    },
  ]);

  it('allows Markdown with plain HTML elements and safe links', () => {
    expect(
      problemsIn(
        faqBody(
          'Ask <abbr title="your team lead">your lead</abbr>, press <kbd>Ctrl</kbd>, see [the levels](../levels/), ' +
            '[mail](mailto:team@example.com) or <a href="https://example.com/">the wiki</a>; H<sub>2</sub>O. ' +
            '![Logo](/favicon.svg) <img src="/favicon.svg" alt="Logo" />',
        ),
      ),
    ).toEqual([]);
  });
});

describe('files that used to crash the build get one clear line', () => {
  it('an empty track file', () => {
    expect(problemsIn({ [TRACK]: '' })).toEqual([
      `${TRACK}: (file): found an empty file; expected the fields of a track: name, title, abbreviation, summary, order, totalWeight, hireBar, scaleLegend, matrixScale, trackMoves, labels, version, released, retired`,
    ]);
  });

  it('a track file with only comments', () => {
    expect(problemsIn({ [TRACK]: '# The data analyst track, to be written.\n' })).toEqual([
      `${TRACK}: (file): found only comments; expected the fields of a track: name, title, abbreviation, summary, order, totalWeight, hireBar, scaleLegend, matrixScale, trackMoves, labels, version, released, retired`,
    ]);
  });

  it('a track file with two YAML documents', () => {
    expect(problemsIn({ [TRACK]: (text) => `${text}---\nname: "Other"\n` })).toEqual([
      `${TRACK}: (file): found a second YAML document (a line with only --- in the middle); expected one document`,
    ]);
  });

  it('a track file that is a list', () => {
    expect(problemsIn({ [TRACK]: '- name: "Data Analyst"\n- title: "Data Analyst Track"\n' })).toEqual([
      `${TRACK}: (file): found a list of 2 at the top level; expected the fields of a track: name, title, abbreviation, summary, order, totalWeight, hireBar, scaleLegend, matrixScale, trackMoves, labels, version, released, retired`,
    ]);
  });

  it('an empty MDX file', () => {
    expect(problemsIn({ [A1]: '' })).toEqual([
      `${A1}: (file): found no front matter; expected the fields of a level: code, rank, title, fullTitle, note, band, subTracks, between two --- lines at the top`,
    ]);
  });
});

describe('values YAML reads in its own way are named as they were written', () => {
  it('a weight of .nan', () => {
    expect(
      problemsIn({ 'competencies/data-analyst/sql/index.mdx': (text) => text.replace('weight: 2', 'weight: .nan') }),
    ).toEqual(['competencies/data-analyst/sql/index.mdx: weight: found .nan (not a number); expected a number']);
  });

  it('a title that YAML reads as a date', () => {
    expect(problemsIn({ [A1]: (text) => text.replace('title: "Analyst"', 'title: 2024-01-01') })).toEqual([
      `${A1}: title: found the date 2024-01-01; expected text (put the date in quotes)`,
    ]);
  });
});

describe('one mistake gives one line', () => {
  it('a level code used twice is reported once, not once for every file that names a level', () => {
    expect(problemsIn({ 'levels/data-analyst/a2.mdx': (text) => text.replace('code: A2', 'code: A1') })).toEqual([
      'levels/data-analyst/a2.mdx: code: found "A1", the code of a1.mdx too; expected a code of its own',
    ]);
  });

  it('a file that does not parse is not also reported as missing from its competency', () => {
    expect(problemsIn({ [SQL_A1]: (text) => text.replace('quote:', 'qoute:') })).toEqual([
      `${SQL_A1}: quote: found no value; expected text`,
      `${SQL_A1}: qoute: found a field this file does not have; expected one of quote, behaviours, outputs, traps, antiSignal (did you mean "quote"?)`,
    ]);
  });
});

describe('a bad value in one file names that file, alone', () => {
  const SE_L2 = 'levels/software-engineer/l2.mdx';
  const seedProblems = (edits: FileEdits) => problemsIn(edits, [seedContentDir]);

  it.each([
    ['a lower-case level code', 'code: a2', '"a2"'],
    ['a level code no other file uses', 'code: A9', '"A9"'],
  ])('%s in the fixture', (_name, code, found) => {
    expect(problemsIn({ 'levels/data-analyst/a2.mdx': (text) => text.replace('code: A2', code) })).toEqual([
      `levels/data-analyst/a2.mdx: code: found ${found}, which no other file of the track names (they name A2); expected "A2", the code the other files give this level`,
    ]);
  });

  it.each([
    ['code: l2', '"l2"'],
    ['code: L9', '"L9"'],
  ])('%s in the Software Engineer l2.mdx gives one line, not one for every file that names L2', (code, found) => {
    expect(seedProblems({ [SE_L2]: (text) => text.replace('code: L2', code) })).toEqual([
      `${SE_L2}: code: found ${found}, which no other file of the track names (they name L2); expected "L2", the code the other files give this level`,
    ]);
  });

  it('deleting the last level file gives one line, not one for every file that names the level', () => {
    expect(seedProblems({ 'levels/software-engineer/l5.mdx': null })).toEqual([
      'levels/software-engineer/: (file): found no level file with the code L5, which the targets of every competency name; expected a level file with "code: L5", or L5 taken out of the files that name it',
    ]);
  });

  it("deleting a competency's index.mdx gives one line, not also the weights that no longer add up", () => {
    expect(seedProblems({ 'competencies/software-engineer/english/index.mdx': null })).toEqual([
      "competencies/software-engineer/english/: (file): found a competency folder without index.mdx; expected index.mdx with the competency's weight, targets, rule and matrix",
    ]);
  });

  it("deleting a track's file gives one line, not one per folder of the track", () => {
    expect(problemsIn({ 'tracks/software-engineer.yaml': null }, [seedContentDir, miniLadderDir])).toEqual([
      'levels/software-engineer/: (file): found a folder for track "software-engineer" (and 4 more: competencies/software-engineer/, promotions/software-engineer/, ic-tracks/software-engineer/, pages/software-engineer/), which has no track file; expected a file tracks/software-engineer.yaml, or the folder named after one of the tracks (data-analyst)',
    ]);
  });

  it('deleting the only track file gives one line', () => {
    expect(seedProblems({ 'tracks/software-engineer.yaml': null })).toEqual([
      'tracks/: (file): found no track file; expected at least one, <track>.yaml',
    ]);
  });

  it('deleting every competency of the Software Engineer track gives one line', () => {
    expect(seedProblems({ 'competencies/software-engineer': null })).toEqual([
      'competencies/software-engineer/: (file): found no competencies (the folder is empty or missing); expected at least one folder <competency>/ with index.mdx and one MDX file per level',
    ]);
  });
});

describe('content the site would show in an arbitrary order, or at the wrong address, fails', () => {
  eachCase([
    {
      name: 'two competencies with the same order',
      edits: { 'competencies/data-analyst/storytelling/index.mdx': (text) => text.replace('order: 2', 'order: 1') },
      line: 'competencies/data-analyst/storytelling/index.mdx: order: found 1, the order of sql/index.mdx too; expected an order of its own: it sets where the competency is shown',
    },
    {
      name: 'two IC tracks with the same order',
      edits: {
        'ic-tracks/data-analyst/analytics-lead.mdx': '---\ntitle: "Analytics Lead"\nlevel: A2\n---\n\nLeads.\n',
        'ic-tracks/data-analyst/staff-analyst.mdx': '---\ntitle: "Staff Analyst"\nlevel: A2\n---\n\nGoes deep.\n',
      },
      line: 'ic-tracks/data-analyst/staff-analyst.mdx: order: found 1, the order of analytics-lead.mdx too; expected an order of its own: it sets where the IC track is shown',
    },
    {
      name: 'a track whose id is the address of the search page',
      edits: { 'tracks/search.yaml': () => readFixture(TRACK) },
      line: `tracks/search.yaml: (file): found the track id "search", the address of the search page (/search/); expected another file name (the track's pages live under /<file name>/; reserved: ${Object.keys(RESERVED_TRACK_IDS).join(', ')})`,
    },
    {
      name: 'a track whose id is the address of the search index',
      edits: { [TRACK]: null, 'tracks/pagefind.yaml': () => readFixture(TRACK) },
      line: `tracks/pagefind.yaml: (file): found the track id "pagefind", the address of the search index (/pagefind/); expected another file name (the track's pages live under /<file name>/; reserved: ${Object.keys(RESERVED_TRACK_IDS).join(', ')})`,
    },
  ]);
});

describe('hidden files are ignored by rule, and named', () => {
  it('a .DS_Store next to the levels is no problem, and is listed in the one line the build prints', () => {
    expect(problemsIn({ 'levels/data-analyst/.DS_Store': 'Bud1' })).toEqual([]);
    withContentDir([miniLadderDir], (dir) => {
      writeFileSync(join(dir, 'levels', 'data-analyst', '.DS_Store'), 'Bud1');
      mkdirSync(join(dir, '.obsidian'));
      writeFileSync(join(dir, '.obsidian', 'workspace.json'), '{}');
      expect(hiddenFiles(dir, dir)).toEqual(['.obsidian/', 'levels/data-analyst/.DS_Store']);
      expect(ignoredNotice(dir, dir)).toBe(
        'Ignored 2 hidden files (names starting with "."): .obsidian/, levels/data-analyst/.DS_Store',
      );
    });
  });

  it('says nothing when there are none', () => {
    expect(ignoredNotice(miniLadderDir, repoRoot)).toBeUndefined();
  });
});

describe('byte-order marks and Windows line ends are accepted everywhere', () => {
  const withBom = (text: string) => `\uFEFF${text}`;
  const withCrlf = (text: string) => text.replace(/\n/g, '\r\n');
  const files = [TRACK, A1, SQL_A1, 'competencies/data-analyst/sql/index.mdx', STEP, 'pages/data-analyst/faq.mdx'];

  it('gives the same ladder as the fixture as it is', () => {
    const intact = readEdited({});
    expect(readEdited(Object.fromEntries(files.map((file) => [file, withBom])))).toEqual(intact);
    expect(readEdited(Object.fromEntries(files.map((file) => [file, withCrlf])))).toEqual(intact);
    expect(readEdited(Object.fromEntries(files.map((file) => [file, (text) => withBom(withCrlf(text))])))).toEqual(
      intact,
    );
  });

  it('reads the Software Engineer content the same way', () => {
    expect(readEdited({}, [seedContentDir]).tracks[0]?.levels).toHaveLength(5);
  });
});

/** A file of the fixture as it is. */
function readFixture(path: string): string {
  return readFileSync(join(miniLadderDir, path), 'utf8');
}
