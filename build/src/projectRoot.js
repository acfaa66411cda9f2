import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function findRoot(from) {
  let dir = from;
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}
const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));
function fromRoot(...parts) {
  return path.join(projectRoot, ...parts);
}
export {
  fromRoot,
  projectRoot
};
