// The process's cache of ACL views (auth/aclCache.ts): a request with a cached view reads no agreements,
// yet a change to the sharing state acts on the very next request, because every statement run with a
// cached view checks the version inside itself (graph/acl.ts ACL_VERSION_GUARD).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { ACL_VERSION_GUARD, UNCHECKED_ACL_VERSION } from '../../src/graph/acl.js';
import type { Params } from '../../src/graph/executor.js';
import { READ_ACL_VERSION } from '../../src/sharing/aclVersion.js';
import { AclViewCache, MAX_AGE_MS } from '../../src/auth/aclCache.js';
import { int } from '../../src/graph/params.js';

const server = testServer();
const owner = agencyCode('cown');
const partner = agencyCode('cpar');
const green = gid(owner, 'per');
const amber = gid(owner, 'per');

beforeAll(async () => {
  await writeWorld(server.executor, [owner, partner], [{ from: owner, to: partner, upTo: 'AMBER', hitNotification: false }], [
    node('Person', green, owner, 'GREEN', { name: 'Cached Green' }),
    node('Person', amber, owner, 'AMBER', { name: 'Cached Amber' }),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const SEEN = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
const seen = async () => {
  const res = await server.as(partner).query(SEEN, { ids: [green, amber] });
  expect(res.errors).toBeUndefined();
  return { ids: (res.data?.nodes as Array<{ id: string } | null>).filter(Boolean).map((n) => n!.id).sort(), stats: res.stats };
};

describe('cached ACL views', () => {
  it('a repeated request reads no agreements: one statement in one transaction', async () => {
    await seen();
    const again = await seen();
    expect(again.ids).toEqual([amber, green].sort());
    expect(again.stats.aclReads).toBe(again.stats.aclRetries > 0 ? 1 : 0);
    expect(again.stats.queries).toBe(1 + again.stats.aclRetries);
    expect(again.stats.transactions).toBe(1 + again.stats.aclRetries);
  });

  it('a narrowed agreement acts on the next request of a viewer whose view was cached', async () => {
    expect((await seen()).ids).toEqual([amber, green].sort());
    const set = await server.as(owner, 'ADMIN').query(`mutation { setAgreement(input: { to: "${partner}", upTo: GREEN }) { upTo } }`);
    expect(set.errors).toBeUndefined();
    const after = await seen();
    expect(after.ids).toEqual([green]);
    // The cached view's statement failed on the moved version and ran again with the view read afresh.
    expect(after.stats.aclRetries).toBeGreaterThanOrEqual(1);
    expect(after.stats.aclReads).toBe(1);
    const widened = await server.as(owner, 'ADMIN').query(`mutation { setAgreement(input: { to: "${partner}", upTo: AMBER }) { upTo } }`);
    expect(widened.errors).toBeUndefined();
    expect((await seen()).ids).toEqual([amber, green].sort());
  });

  it('the guard passes at the current version and fails, before reading, at any other', async () => {
    const read = async () => Number((await testExecutor().trustedRead(READ_ACL_VERSION))[0]!.version);
    // Other test files seed agencies meanwhile (each bumps the version): a failure must mean it moved.
    let passed = false;
    for (let attempt = 0; attempt < 5 && !passed; attempt++) {
      const version = await read();
      try {
        expect(await testExecutor().trustedRead(`${ACL_VERSION_GUARD}RETURN 1 AS x`, { aclVersion: int(version) })).toEqual([{ x: 1 }]);
        passed = true;
      } catch {
        expect(await read()).not.toBe(version);
      }
    }
    expect(passed).toBe(true);
    const version = await read();
    await expect(testExecutor().trustedRead(`${ACL_VERSION_GUARD}RETURN 1 AS x`, { aclVersion: int(version - 1) })).rejects.toThrow(/by zero/);
    // A view read in the request itself is not checked, whatever the version.
    expect(await testExecutor().trustedRead(`${ACL_VERSION_GUARD}RETURN 1 AS x`, { aclVersion: int(UNCHECKED_ACL_VERSION) })).toEqual([{ x: 1 }]);
  });

  it('a statement has one text whether its view was read in the request or cached, so Neo4j plans it once', async () => {
    const executor = testExecutor();
    const version = Number((await executor.trustedRead(READ_ACL_VERSION))[0]!.version);
    const view = { acl: { [owner]: 4 }, released: {}, retractedVisibleTo: '', hiddenAfterDays: {} };
    const sent: Array<{ text: string; params: Params }> = [];
    const run = executor.run.bind(executor);
    executor.run = (mode, text, params, stats) => {
      sent.push({ text, params });
      return run(mode, text, params, stats);
    };
    try {
      const statement = 'MATCH (p:Person) WHERE p.id IN $ids AND ACL(p) RETURN p.id AS id ORDER BY id';
      const asRead = executor.forViewer({ current: async () => ({ view, guard: null }), refresh: async () => false }, { queries: 0 });
      const asCached = executor.forViewer({ current: async () => ({ view, guard: version }), refresh: async () => false }, { queries: 0 });
      const fresh = await asRead.read(statement, { ids: [green, amber] });
      const cached = await asCached.read(statement, { ids: [green, amber] }).catch(() => null); // null: another file moved the version
      expect(fresh.map((r) => r.id)).toEqual([amber, green].sort());
      if (cached) expect(cached).toEqual(fresh);
      expect(sent).toHaveLength(2);
      expect(sent[0]!.text.startsWith(ACL_VERSION_GUARD)).toBe(true);
      expect(sent[1]!.text).toBe(sent[0]!.text);
      expect(Number(sent[0]!.params.aclVersion)).toBe(UNCHECKED_ACL_VERSION);
      expect(Number(sent[1]!.params.aclVersion)).toBe(version);
    } finally {
      executor.run = run;
    }
  });
});

describe('AclViewCache', () => {
  const viewer = { agency: 'XX-A', role: 'ANALYST' as const };
  const view = { acl: { 'XX-A': 4 }, released: {}, retractedVisibleTo: '', hiddenAfterDays: {} };

  it('keeps a view until its first agreement or release expires, and never longer than MAX_AGE_MS', () => {
    const c = new AclViewCache();
    c.put(viewer, view, 3, 1_000, 0);
    expect(c.get(viewer, 999)).toEqual({ view, version: 3 });
    expect(c.get(viewer, 1_000)).toBeUndefined();
    c.put(viewer, view, 3, null, 0);
    expect(c.get(viewer, MAX_AGE_MS - 1)).toBeDefined();
    expect(c.get(viewer, MAX_AGE_MS)).toBeUndefined();
    c.put(viewer, view, 3, 0, 0);
    expect(c.get(viewer, 0)).toBeUndefined();
  });

  it('an ADMIN view (sees its own retracted records) is kept apart from its analysts\' view', () => {
    const c = new AclViewCache();
    c.put({ agency: 'XX-A', role: 'ADMIN' }, { ...view, retractedVisibleTo: 'XX-A' }, 1, null, 0);
    expect(c.get(viewer, 1)).toBeUndefined();
    expect(c.get({ agency: 'XX-A', role: 'ADMIN' }, 1)?.view.retractedVisibleTo).toBe('XX-A');
  });

  it('a view read at an older version never replaces a newer one', () => {
    const c = new AclViewCache();
    c.put(viewer, view, 5, null, 0);
    c.put(viewer, { ...view, acl: {} }, 4, null, 1);
    expect(c.get(viewer, 2)).toEqual({ view, version: 5 });
  });
});
