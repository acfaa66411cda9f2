// The repository root, found from this module's own location. Works from source (src/, run by tsx)
// and from the compiled copy (build/src/, run by `npm start`), which sit at different depths.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  // The compiled tree has no package.json of its own, so the first one up is the project's.
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository, e.g. fromRoot('schema.graphql'). */
export function fromRoot(...parts: string[]): string {
  return path.join(projectRoot, ...parts);
}
