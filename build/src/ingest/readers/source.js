import { createReadStream } from "node:fs";
function openInput(file) {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  return { stream, bytesRead: () => stream.bytesRead };
}
const shorten = (text, max = 500) => text.length > max ? `${text.slice(0, max)}\u2026` : text;
export {
  openInput,
  shorten
};
