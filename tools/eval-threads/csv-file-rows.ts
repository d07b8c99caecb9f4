// Rows of a CSV file with a header, streamed (the IRA file is 134 MB: it is read in chunks, never
// whole), with the project's one CSV reader (src/shared/csv-records.ts). A malformed record is skipped.
import { createReadStream } from 'node:fs';
import { csvRecords } from '../../src/shared/csv-records.ts';

/** Rows of a CSV file with a header, as objects keyed by column name. */
export async function* csvFileRows(path: string): AsyncGenerator<Record<string, string>> {
  let header: string[] | undefined;
  for await (const record of csvRecords(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }))) {
    if (!record.fields.ok) continue;
    const fields = record.fields.value;
    if (!header) {
      header = fields;
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = fields[i] ?? ''));
    yield row;
  }
}
