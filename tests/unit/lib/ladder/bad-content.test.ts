/**
 * Bad content never passes silently and never crashes: each broken copy of the fixture track fails with one
 * line that names the file, the field, what was found and what was expected, and nothing else (a mistake
 * that would cause other problems is reported alone). These are the cases that used to build with broken
 * pages, skip files, crash, or bury the cause under knock-on messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniLadderDir, problemsIn, readEdited, seedContentDir } from './support';

const A1 = 'levels/data-analyst/a1.mdx';
const SQL_A1 = 'competencies/data-analyst/sql/a1.mdx';
const TRACK = 'tracks/data-analyst.yaml';
const STEP = 'promotions/data-analyst/a1-to-a2.mdx';

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
