// The native format: NDJSON, one record per line (blank lines ignored).
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { shorten, type SourceItem } from './source.js';

export async function* readNdjson(input: Readable): AsyncGenerator<SourceItem> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      yield { line, malformed: 'not a JSON object on one line', text: shorten(text) };
      continue;
    }
    yield { line, raw };
  }
}
