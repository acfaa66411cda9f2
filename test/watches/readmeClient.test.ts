// The graphql-ws client of README.md ("Watching a network"), run as written in its own Node process (as a
// user would paste it) against the HTTP app with subscriptions: it prints the alert of a write into the
// watched network, and, started again from the cursor it printed last, only what came after.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLocalToken } from '../../src/auth/tokens.js';
import { startLiveServer, type LiveServer } from '../helpers/liveServer.js';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { until } from '../helpers/until.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const t = testServer();
const [watcher, hidden] = [agencyCode('rdm'), agencyCode('rdh')];
const seed = gid(watcher, 'per');

/** The fenced block after `<!-- recipe: watch-client -->` in README.md, exactly as written. */
function readmeClient(): string {
  const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');
  const block = /<!-- recipe: watch-client -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md lost its watch-client example');
  return block;
}

interface Run {
  proc: ChildProcess;
  alerts: Array<{ cursor: string; recordIds: string[]; watch: { name: string } }>;
  stderr: string;
}

function runClient(env: Record<string, string>): Run {
  const proc = spawn(process.execPath, ['--input-type=module', '-e', readmeClient()], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Run = { proc, alerts: [], stderr: '' };
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => {
    out += c;
    const lines = out.split('\n');
    out = lines.pop()!;
    for (const line of lines.filter(Boolean)) run.alerts.push(JSON.parse(line) as Run['alerts'][number]);
  });
  proc.stderr!.on('data', (c: Buffer) => (run.stderr += c));
  return run;
}

async function stop(run: Run): Promise<void> {
  if (run.proc.exitCode !== null) return;
  const exited = new Promise((r) => run.proc.once('exit', r));
  run.proc.kill('SIGTERM');
  await exited;
}

const INGEST = `mutation($records: [IngestRecordInput!]!) { ingest(records: $records) { summary { created rejected } } }`;
/** A new travel leg of the watched person, written by `by` (the watcher, or an agency it cannot see). */
async function addLeg(by: string, marking = 'GREEN'): Promise<string> {
  const [leg, made] = [gid(by, 'trv'), gid(by, 'rel')];
  const res = await t.as(by, 'INGEST').query<{ ingest: { summary: { rejected: number } } }>(INGEST, {
    records: [
      { kind: 'node', type: 'Travel', id: leg, marking, reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: { mode: 'AIR', departedAt: '2016-02-01T10:00:00Z' } },
      { kind: 'relationship', type: 'MADE', id: made, from: seed, to: leg, marking, reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: {} },
    ],
  });
  expect(res.errors).toBeUndefined();
  expect(res.data?.ingest.summary.rejected).toBe(0);
  return made;
}

let live: LiveServer;
let env: Record<string, string>;

beforeAll(async () => {
  // `hidden` sees the watched person (the watcher shares GREEN with it) but shares nothing back: its leg
  // of that person must never reach the watcher's client.
  await writeWorld(t.executor, [watcher, hidden], [{ from: watcher, to: hidden, upTo: 'GREEN', hitNotification: false }], [node('Person', seed, watcher, 'GREEN', { name: 'Readme Traveller' })]);
  const res = await t.as(watcher).query<{ createWatch: { id: string } }>(`mutation($input: WatchInput!) { createWatch(input: $input) { id } }`, {
    input: { name: 'the readme network', kind: 'NETWORK', seeds: [seed], depth: 1 },
  });
  expect(res.errors).toBeUndefined();
  live = await startLiveServer(t, watcher);
  env = { SKEIN_WS_URL: `${live.base.replace('http', 'ws')}/graphql`, SKEIN_TOKEN: await signLocalToken(t.config, { agency: watcher, role: 'ANALYST' }) };
}, 120_000);

afterAll(async () => {
  await live?.close();
  await t.stop();
  await closeTestDriver();
});

describe("README's graphql-ws client, run as written", { timeout: 120_000 }, () => {
  it('prints the alerts of writes into the watched network, never a hidden one, and resumes from its last cursor', async () => {
    const first = runClient(env);
    // Started at the present: wait until the subscription is up (a write before it is not its business).
    await new Promise((r) => setTimeout(r, 1_500));
    const hiddenLeg = await addLeg(hidden, 'AMBER');
    const seen = await addLeg(watcher);
    await until(() => first.alerts.some((a) => a.recordIds.includes(seen)), 45_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(first.stderr).toBe('');
    expect(first.alerts.map((a) => a.watch.name)).toEqual(['the readme network']);
    expect(first.alerts.flatMap((a) => a.recordIds)).not.toContain(hiddenLeg);
    const last = first.alerts.at(-1)!.cursor;
    await stop(first);

    // Written while no client runs; the client started again from the cursor it printed last gets it,
    // and nothing it had already printed.
    const missed = await addLeg(watcher);
    const second = runClient({ ...env, SKEIN_AFTER: last });
    await until(() => second.alerts.some((a) => a.recordIds.includes(missed)), 45_000);
    await new Promise((r) => setTimeout(r, 300));
    await stop(second);
    expect(second.stderr).toBe('');
    expect(second.alerts.map((a) => a.recordIds)).toEqual([[missed]]);
  });
});
