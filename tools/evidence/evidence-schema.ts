// docs/evidence.schema.json compiled with ajv (draft 2020-12), with the Thread schema of ../shared
// it refers to. Used by the schema test and the CLI's report test.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';

const read = (path: string): object => JSON.parse(readFileSync(path, 'utf8')) as object;

export function evidenceValidator(): ValidateFunction {
  // formats (date-time) are annotations here: ajv-formats is not a dependency, and validateFormats
  // false keeps ajv from refusing the keyword
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  ajv.addSchema(read('../shared/contracts/thread.schema.json'));
  return ajv.compile(read('docs/evidence.schema.json'));
}
