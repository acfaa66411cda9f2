import { FtmMapper } from "../ftm/map.js";
import { readNdjson } from "./ndjson.js";
function isEntity(v) {
  const e = v;
  return typeof e === "object" && e !== null && typeof e.id === "string" && typeof e.schema === "string" && typeof e.properties === "object" && e.properties !== null;
}
async function* readFtm(input, mapper) {
  for await (const item of readNdjson(input)) {
    if (item.malformed) {
      yield item;
      continue;
    }
    if (!isEntity(item.raw)) {
      yield { line: item.line, malformed: "not a FollowTheMoney entity (needs id, schema, properties)" };
      continue;
    }
    for (const raw of mapper.map(item.raw)) yield { line: item.line, raw };
  }
}
export {
  readFtm
};
