import { createInterface } from "node:readline";
import { shorten } from "./source.js";
async function* readNdjson(input) {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === "") continue;
    let raw;
    try {
      raw = JSON.parse(text);
    } catch {
      yield { line, malformed: "not a JSON object on one line", text: shorten(text) };
      continue;
    }
    yield { line, raw };
  }
}
export {
  readNdjson
};
