// Demo-world ids for tests. Record ids are global, `<AGENCY>:<localId>`: the demo person that used
// to be `per-nl-0002` is `NL-INTEL:per-nl-0002` (its reporting agency, ':', the old id). `demoId`
// maps an old (local) demo id to its global id by looking it up in the demo world, so a test can
// keep writing the short form: demoId('per-nl-0002') === 'NL-INTEL:per-nl-0002'.
import { buildDemoWorld } from '../../seed/world.js';
import { DEMO_FIXTURES } from '../../seed/fixtures.js';

export { DEMO_FIXTURES };

let byLocal: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (!byLocal) {
    byLocal = new Map();
    // Before namespacing, demo ids were unique across the whole world, so local -> global is a function.
    for (const r of buildDemoWorld().records) byLocal.set(r.id.slice(r.id.indexOf(':') + 1), r.id);
  }
  return byLocal;
}

/** The global id of a demo record named by its old (local) id; throws on an id the demo world lacks. */
export function demoId(local: string): string {
  const id = table().get(local);
  if (!id) throw new Error(`no demo record ${local}`);
  return id;
}

/** demoId for several ids at once. */
export const demoIds = (...locals: string[]): string[] => locals.map(demoId);
