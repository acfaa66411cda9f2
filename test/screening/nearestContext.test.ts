// Screening's network context is the NEAREST visible recruiter and watchlisted person (issue 13 item 7):
// a candidate who is on a list and was recruited directly must read 0 and 1 hops, however many
// farther recruiters and listed people are within reach, and stay one candidate row.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { SCREEN } from './world.js';

const server = testServer();
const X = agencyCode('near');
const name = `${word()} ${word()}`;
const p = gid(X, 'per');
const recruiter = gid(X, 'per');
const list = gid(X, 'wl');
const farList = gid(X, 'wl');

beforeAll(async () => {
  const person = (id: string, n: string) => node('Person', id, X, 'AMBER', { name: n, birthDate: '1990-02-03' });
  const records = [
    person(p, name),
    person(recruiter, `${word()} ${word()}`),
    node('Watchlist', list, X, 'AMBER', { name: `List ${word()}`, kind: 'TERROR_LIST' }),
    node('Watchlist', farList, X, 'AMBER', { name: `Far list ${word()}`, kind: 'NO_ENTRY' }),
    rel('LISTED_ON', uid('rel'), p, list, X, 'AMBER'),
    rel('RECRUITED', uid('rel'), recruiter, p, X, 'AMBER'),
  ];
  // Eight friends, each with a friend two hops out who recruits someone and is on another list.
  for (let i = 0; i < 8; i++) {
    const [f, g, h] = [gid(X, 'per'), gid(X, 'per'), gid(X, 'per')];
    records.push(person(f, `${word()} ${word()}`), person(g, `${word()} ${word()}`), person(h, `${word()} ${word()}`));
    records.push(rel('ASSOCIATE_OF', uid('rel'), p, f, X, 'AMBER'), rel('ASSOCIATE_OF', uid('rel'), f, g, X, 'AMBER'));
    records.push(rel('RECRUITED', uid('rel'), g, h, X, 'AMBER'), rel('LISTED_ON', uid('rel'), g, farList, X, 'AMBER'));
  }
  await writeWorld(server.executor, [X], [], records);
}, 120_000);

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

it('reports the nearest recruiter and watchlisted person, one row per candidate', async () => {
  const res = await server.as(X).query(SCREEN, { t: [{ ref: 'r', name, birthDate: '1990-02-03' }], hops: 4 });
  expect(res.errors).toBeUndefined();
  const candidates = res.data?.screen.rows[0].candidates;
  expect(candidates.map((c: { person: { id: string } }) => c.person.id)).toEqual([p]);
  expect(candidates[0].network).toEqual({ maxHops: 4, recruiterDistance: 1, nearestRecruiter: { id: recruiter }, watchlistDistance: 0, nearestWatchlisted: { id: p } });
}, 90_000);
