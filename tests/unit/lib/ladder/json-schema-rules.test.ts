/**
 * /ladder.schema.json says what the content rules say where JSON Schema can (no empty lists where the
 * content needs at least one entry), and states the rules it cannot express.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ladderJsonSchema, toExport } from '@lib/ladder/export';
import { buildLadder } from '@lib/ladder/model';
import { readContentDir } from '@lib/ladder/read-content-dir';
import { CROSS_FILE_RULES } from '@lib/ladder/validate/rules';
import { repoRoot, seedContentDir } from './support';

const jsonSchema = ladderJsonSchema();
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(jsonSchema);
const seed = JSON.stringify(toExport(buildLadder(readContentDir(seedContentDir, repoRoot)), '0.0.0'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** The errors of the seed export with one list emptied by `edit`, as "path message". */
function errorsWith(edit: (document: Doc) => void): string[] {
  const document = JSON.parse(seed) as Doc;
  edit(document);
  validate(document);
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('the JSON Schema refuses the empty lists the content rules refuse', () => {
  it.each([
    ['tracks', (d: Doc) => (d.tracks = []), '/tracks'],
    ['levels', (d: Doc) => (d.tracks[0].levels = []), '/tracks/0/levels'],
    ['competencies', (d: Doc) => (d.tracks[0].competencies = []), '/tracks/0/competencies'],
    ['dimensions', (d: Doc) => (d.tracks[0].competencies[0].dimensions = []), '/tracks/0/competencies/0/dimensions'],
    ["a competency's levels", (d: Doc) => (d.tracks[0].competencies[0].levels = []), '/tracks/0/competencies/0/levels'],
    [
      'behaviours',
      (d: Doc) => (d.tracks[0].competencies[0].levels[0].behaviours = []),
      '/tracks/0/competencies/0/levels/0/behaviours',
    ],
    [
      'outputs',
      (d: Doc) => (d.tracks[0].competencies[0].levels[0].outputs = []),
      '/tracks/0/competencies/0/levels/0/outputs',
    ],
    [
      'traps',
      (d: Doc) => (d.tracks[0].competencies[0].levels[0].traps = []),
      '/tracks/0/competencies/0/levels/0/traps',
    ],
    [
      'what to demonstrate',
      (d: Doc) => (d.tracks[0].promotions[0].demonstrate = []),
      '/tracks/0/promotions/0/demonstrate',
    ],
    ['the scale legend', (d: Doc) => (d.tracks[0].scaleLegend = []), '/tracks/0/scaleLegend'],
  ])('empty %s', (_name, edit, path) => {
    expect(errorsWith(edit)).toEqual([`${path} must NOT have fewer than 1 items`]);
  });

  it('accepts the Software Engineer export as it is', () => {
    expect(errorsWith(() => {})).toEqual([]);
  });
});

describe('the JSON Schema states the rules it cannot express', () => {
  it('on its Track: weights add up to the total, the hire bar names a level, and the rest', () => {
    const defs = jsonSchema.$defs as Record<string, { description?: string }>;
    const description = defs.Track?.description ?? '';
    for (const rule of CROSS_FILE_RULES) expect(description).toContain(rule);
    expect(description).toContain('the competency weights add up to totalWeight');
    expect(description).toContain('hireBar is the code of one of the levels');
  });
});
