/**
 * /ladder.json and /ladder.schema.json: the export of the real content validates against the JSON Schema
 * generated from zod, checked by an independent JSON Schema validator (Ajv, draft 2020-12).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_VERSION, ladderExportSchema, ladderJsonSchema, toExport } from '@lib/ladder/export';
import { miniLadderDir, repoRoot, seedContentDir, withContentDir } from './support';
import { ladderIn, seedLadder } from '@tests/fixtures/ladders';

const packageVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;
const seed = seedLadder();
/** The document as a consumer receives it: through JSON text (loosely typed: tests break it on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const seedExport = () => JSON.parse(JSON.stringify(toExport(seed, packageVersion))) as Record<string, any>;

const jsonSchema = ladderJsonSchema();
// strict: unknown keywords or malformed schema parts throw at compile time instead of being ignored.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(jsonSchema);

const errorsOf = (document: unknown) => {
  validate(document);
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
};

describe('the ladder JSON Schema', () => {
  it('is a draft 2020-12 schema that a JSON Schema validator accepts', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(new Ajv2020().validateSchema(jsonSchema)).toBe(true);
    expect(jsonSchema.type).toBe('object');
    expect(jsonSchema.required).toEqual(['version', 'tracks']);
  });
});

describe('the ladder export', () => {
  it('of the Software Engineer content validates against the generated JSON Schema', () => {
    expect(errorsOf(seedExport())).toEqual([]);
    expect(ladderExportSchema.safeParse(seedExport()).success).toBe(true);
  });

  it('carries the format version and the package version, and nothing time-dependent', () => {
    const document = seedExport();
    expect(document.version).toEqual({ format: EXPORT_FORMAT_VERSION, package: packageVersion });
    expect(JSON.stringify(toExport(seed, packageVersion))).toBe(JSON.stringify(toExport(seed, packageVersion)));
  });

  it('holds the whole ladder: levels, competencies with matrix and rule, promotion steps, IC tracks, MDX bodies', () => {
    const [track] = seedExport().tracks;
    const source = seed.tracks[0]!;
    expect(track.levels.map((level: { code: string }) => level.code)).toEqual(source.levels.map((level) => level.code));
    expect(track.competencies).toHaveLength(source.competencies.length);
    for (const [index, competency] of source.competencies.entries()) {
      const exported = track.competencies[index];
      expect(exported.rule).toEqual(competency.rule);
      expect(exported.weight).toBe(competency.weight);
      expect(exported.dimensions).toEqual(competency.dimensions);
      expect(exported.levels[0].behaviours[0]).toEqual(competency.levels[0]!.behaviours[0]);
    }
    expect(track.promotions.map((step: { slug: string }) => step.slug)).toEqual(
      source.promotions.map((step) => step.slug),
    );
    expect(track.icTracks.map((ic: { body: string }) => ic.body)).toEqual(source.icTracks.map((ic) => ic.body.trim()));
    expect(track.pages.find((page: { kind: string }) => page.kind === 'faq').body).toBe(
      source.pages.find((page) => page.kind === 'faq')!.body.trim(),
    );
    // Repository paths are not part of the ladder.
    expect(JSON.stringify(track)).not.toContain('filePath');
  });

  it('validates with two tracks, the second one from the fixture', () => {
    const document = withContentDir([seedContentDir, miniLadderDir], (dir) =>
      JSON.parse(JSON.stringify(toExport(ladderIn(dir), packageVersion))),
    );
    expect(document.tracks.map((track: { slug: string }) => track.slug)).toEqual(['software-engineer', 'data-analyst']);
    expect(errorsOf(document)).toEqual([]);
  });

  it('fails validation when a required field is removed, and names the field', () => {
    const withoutBand = seedExport();
    delete withoutBand.tracks[0].levels[2].band;
    expect(errorsOf(withoutBand)).toContain("/tracks/0/levels/2 must have required property 'band'");

    const withoutVersion = seedExport();
    delete withoutVersion.version;
    expect(errorsOf(withoutVersion)).toContain(" must have required property 'version'");

    const withoutAnchor = seedExport();
    delete withoutAnchor.tracks[0].competencies[0].levels[0].behaviours[0].id;
    expect(errorsOf(withoutAnchor)).toContain(
      "/tracks/0/competencies/0/levels/0/behaviours/0 must have required property 'id'",
    );
  });

  it('fails validation on a wrong type, a malformed id or an unknown field', () => {
    const wrongType = seedExport();
    wrongType.tracks[0].competencies[0].weight = 'heavy';
    expect(errorsOf(wrongType)).toContain('/tracks/0/competencies/0/weight must be number');

    const badId = seedExport();
    badId.tracks[0].competencies[0].dimensions[0].id = 'Not An Id';
    expect(
      errorsOf(badId).some((error) => error.startsWith('/tracks/0/competencies/0/dimensions/0/id must match pattern')),
    ).toBe(true);

    const extra = seedExport();
    extra.tracks[0].levels[0].salary = 100;
    expect(errorsOf(extra)).toContain('/tracks/0/levels/0 must NOT have additional properties');
  });
});
