// FollowTheMoney entities as JSON lines (`{id, schema, properties: {name: [...], ...}}`), mapped to
// native records; one entity may give several records (a passport and its HOLDS) or none (unmapped).
import type { Readable } from 'node:stream';
import { FtmMapper, type FtmEntity } from '../ftm/map.js';
import { readNdjson } from './ndjson.js';
import type { SourceItem } from './source.js';

function isEntity(v: unknown): v is FtmEntity {
  const e = v as Partial<FtmEntity> | null;
  return typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.schema === 'string' && typeof e.properties === 'object' && e.properties !== null;
}

export async function* readFtm(input: Readable, mapper: FtmMapper): AsyncGenerator<SourceItem> {
  for await (const item of readNdjson(input)) {
    if (item.malformed) {
      yield item;
      continue;
    }
    if (!isEntity(item.raw)) {
      yield { line: item.line, malformed: 'not a FollowTheMoney entity (needs id, schema, properties)' };
      continue;
    }
    for (const raw of mapper.map(item.raw)) yield { line: item.line, raw };
  }
}
