// The audit an agency can question (issue 16): reads of its records through the API show up with who,
// when and which operation; another agency's record answers like one nobody read; keyset pages; the
// index is rebuilt from the log when it is deleted, replaced or cut.
import { copyFileSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import { AuditStore } from '../../src/audit/store.js';

const server = testServer();
const me = agencyCode('auq');
const partner = agencyCode('auq');
const mine = gid(me, 'per');
const mineToo = gid(me, 'per');
const neverRead = gid(me, 'per');
const theirs = gid(partner, 'per');

const READS = `query Reads($recordId: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditReads(recordId: $recordId, from: $from, to: $to, first: $first, after: $after) {
    reads { line time agency { code } role subject operation requestId recordIds }
    cursor hasMore
  }
}`;
const REFUSALS = `query Refusals($first: Int, $after: String) {
  auditRefusals(first: $first, after: $after) { refusals { line time role subject operation requestId errors } cursor hasMore }
}`;

const lookup = (who: ReturnType<typeof server.as>, name: string, ids: string[]) =>
  who.query(`query ${name}($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });

let started: Date;

beforeAll(async () => {
  await writeWorld(server.executor, [me, partner], [{ from: me, to: partner, upTo: 'GREEN', hitNotification: false }, { from: partner, to: me, upTo: 'GREEN', hitNotification: false }], [
    node('Person', mine, me, 'GREEN', { name: 'Audited One' }),
    node('Person', mineToo, me, 'GREEN', { name: 'Audited Two' }),
    node('Person', neverRead, me, 'GREEN', { name: 'Never Read' }),
    node('Person', theirs, partner, 'GREEN', { name: 'Partner Person' }),
  ]);
  started = new Date(Date.now() - 1000);
  // The partner reads one of our records beside one of its own; we read both of ours and theirs.
  await lookup(server.as(partner), 'PartnerLooks', [mine, theirs]);
  await lookup(server.as(me), 'WeLook', [mine, mineToo, theirs]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe('who read our records', () => {
  it('lists each read of a record with who, when and which operation, and only our records of it', async () => {
    const res = await server.as(me, 'ADMIN').query(READS, { recordId: mine });
    expect(res.errors).toBeUndefined();
    const reads = res.data!.auditReads.reads;
    expect(reads.map((r: any) => [r.agency.code, r.role, r.subject, r.operation, [...r.recordIds].sort()])).toEqual([
      [partner, 'ANALYST', `${partner.toLowerCase()}-tester`, 'query PartnerLooks', [mine]],
      [me, 'ANALYST', `${me.toLowerCase()}-tester`, 'query WeLook', [mine, mineToo].sort()],
    ]);
    for (const r of reads) {
      expect(new Date(r.time).getTime()).toBeGreaterThanOrEqual(started.getTime());
      expect(r.requestId).toMatch(/\S/);
    }
    // The line number is the log's: the entry there is the same read.
    const logLines = readFileSync(server.config.auditLogPath, 'utf8').trim().split('\n');
    const entry = JSON.parse(logLines[reads[0].line - 1]!);
    expect(entry).toMatchObject({ operation: 'query PartnerLooks', agency: partner, requestId: reads[0].requestId });
  });

  it('lists all reads of our records in a time window, and none outside it', async () => {
    const all = await server.as(me, 'ADMIN').query(READS, { from: started.toISOString() });
    const ops = all.data!.auditReads.reads.map((r: any) => r.operation);
    expect(ops).toContain('query PartnerLooks');
    expect(ops).toContain('query WeLook');
    // The partner's own record never shows in our answer.
    for (const r of all.data!.auditReads.reads) for (const id of r.recordIds) expect(id.startsWith(`${me}:`)).toBe(true);
    const before = await server.as(me, 'ADMIN').query(READS, { to: started.toISOString() });
    expect(before.data!.auditReads).toEqual({ reads: [], cursor: null, hasMore: false });
  });

  it('answers for another agency\'s record (read or not) exactly as for a record nobody read', async () => {
    const answers = [];
    for (const recordId of [theirs, neverRead, `${partner}:never-read`, 'NOSUCH-AGENCY:x']) {
      answers.push(await server.as(me, 'ADMIN').query(READS, { recordId }));
    }
    for (const a of answers) expect({ data: a.data, errors: a.errors }).toEqual({ data: { auditReads: { reads: [], cursor: null, hasMore: false } }, errors: undefined });
    // The partner, for its own record, does see the reads.
    const own = await server.as(partner, 'ADMIN').query(READS, { recordId: theirs });
    expect(own.data!.auditReads.reads.map((r: any) => r.operation)).toEqual(['query PartnerLooks', 'query WeLook']);
  });

  it('pages with a keyset cursor, oldest first, every read once', async () => {
    const target = gid(me, 'per');
    await writeWorld(server.executor, [me], [], [node('Person', target, me, 'GREEN', { name: 'Paged Person' })]);
    for (let i = 0; i < 7; i++) await lookup(server.as(partner), `Paged${i}`, [target]);
    const seen: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const res: any = await server.as(me, 'ADMIN').query(READS, { recordId: target, first: 3, after });
      expect(res.errors).toBeUndefined();
      const page = res.data.auditReads;
      sizes.push(page.reads.length);
      seen.push(...page.reads.map((r: any) => r.operation));
      if (!page.hasMore) break;
      after = page.cursor;
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `query Paged${i}`));
  });

  it('refuses bad arguments with coded errors, and non-ADMIN roles', async () => {
    const admin = server.as(me, 'ADMIN');
    const codes = async (vars: Record<string, unknown>, who = admin) => (await who.query(READS, vars)).errors?.map((e) => e.extensions?.code);
    expect(await codes({ first: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ first: 501 })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ after: 'not-a-cursor' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({}, server.as(me, 'ANALYST'))).toEqual(['FORBIDDEN']);
    expect((await server.as(me, 'ANALYST').query(REFUSALS)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('refusals of our users', () => {
  it('lists our users\' refused operations with their codes, never another agency\'s', async () => {
    await server.as(me, 'INGEST').query(`query Refused { node(id: "bad id!") { id } }`);
    const ours = await server.as(me, 'ADMIN').query(REFUSALS, { first: 500 });
    const refused = ours.data!.auditRefusals.refusals.filter((r: any) => r.operation === 'query Refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ role: 'INGEST', subject: `${me.toLowerCase()}-tester`, errors: ['BAD_USER_INPUT'] });
    const theirsList = await server.as(partner, 'ADMIN').query(REFUSALS, { first: 500 });
    expect(theirsList.data!.auditRefusals.refusals.map((r: any) => r.operation)).not.toContain('query Refused');
  });
});

describe('the index is derived from the log', () => {
  const query = { owner: me, recordId: mine, from: 0, to: Number.MAX_SAFE_INTEGER, first: 100 };
  const answer = (store: AuditStore) => store.reads(query);

  it('is rebuilt from the log when deleted, and when the log is replaced or cut', async () => {
    await server.auditLog.flush();
    const expected = await server.auditLog.store!.reads(query);
    expect(expected.items.length).toBeGreaterThanOrEqual(2);
    const log = `${server.config.auditLogPath}.copy`;
    const index = `${log}.sqlite`;
    copyFileSync(server.config.auditLogPath, log);

    // A fresh index from the log alone.
    let store = AuditStore.open(index, log);
    expect(answer(store)).toEqual(expected);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(store.indexedLines()).toBe(lines.length);
    store.close();

    // Deleted: rebuilt on open.
    for (const s of ['', '-wal', '-shm']) rmSync(`${index}${s}`, { force: true });
    store = AuditStore.open(index, log);
    expect(answer(store)).toEqual(expected);

    // Cut before the indexed point (the last lines gone): rebuilt, and reads in the lost lines are gone.
    const keep = expected.items[0]!.line; // keeps the first read of `mine`, drops the second
    writeFileSync(log, `${lines.slice(0, keep).join('\n')}\n`);
    expect(store.catchUp()).toBe(keep);
    expect(answer(store).items.map((r) => r.line)).toEqual([expected.items[0]!.line]);

    // Replaced by another log (another first line): rebuilt from it.
    writeFileSync(log, `${lines.slice(1).join('\n')}\n`);
    store.catchUp();
    expect(store.indexedLines()).toBe(lines.length - 1);
    store.close();
  });

  it('is rebuilt by `npm run audit:index -- --rebuild`', () => {
    const log = `${server.config.auditLogPath}.cli`;
    copyFileSync(server.config.auditLogPath, log);
    const out = execFileSync('npx', ['tsx', 'src/cli/auditIndex.ts', '--rebuild', log], { encoding: 'utf8' });
    expect(out).toMatch(/indexed \d+ lines/);
    const store = AuditStore.open(`${log}.sqlite`, log);
    expect(store.indexedLines()).toBe(readFileSync(log, 'utf8').trim().split('\n').length);
    store.close();
  });
});

describe('without its index thread', () => {
  it('answers audit queries SERVICE_UNAVAILABLE in plain words, and still writes every line to the log', async () => {
    await server.auditLog.store!.indexedLines(); // the thread is up
    await server.auditLog.close(); // the index thread ends (the log is appended to without it)
    const res = await server.as(me, 'ADMIN').query(READS, { recordId: mine });
    expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toBe('the audit index is unavailable on this server; the audit log itself is kept');
    await lookup(server.as(me), 'AfterTheIndex', [mine]);
    const last = readFileSync(server.config.auditLogPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).at(-1);
    expect(last).toMatchObject({ operation: 'query AfterTheIndex', recordIds: [mine] });
  });
});
