// A tool that imports the ladder downloads /ladder.json and /ladder.schema.json from the published site:
// the document validates against the schema and holds exactly the ladder in content/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { test, expect } from './support/test.ts';
import { toExport } from '../../src/lib/ladder/export.ts';
import { buildLadder } from '../../src/lib/ladder/model.ts';
import { readContentDir } from '../../src/lib/ladder/read-content-dir.ts';
import { REPO_ROOT } from '../support/site-builds.mjs';

test('an HR tool downloads the ladder as JSON and validates it against the published schema', async ({ request }) => {
  const [documentResponse, schemaResponse] = await Promise.all([
    request.get('ladder.json'),
    request.get('ladder.schema.json'),
  ]);
  expect(documentResponse.status()).toBe(200);
  expect(schemaResponse.status()).toBe(200);
  const document = await documentResponse.json();
  const schema = await schemaResponse.json();

  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);

  // The published file is the export of content/: nothing lost or added on the way through the build.
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const expected = toExport(buildLadder(readContentDir(join(REPO_ROOT, 'content'), REPO_ROOT)), version);
  expect(document).toEqual(JSON.parse(JSON.stringify(expected)));
});
