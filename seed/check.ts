// Self-check of the demo world (`npx tsx seed/check.ts`): determinism, ordering, ids, coverage.
import {
  ID_PATTERN, MARKINGS, NODE_TYPES, TEMPORAL_FIELDS, documentNumberKey,
  type GraphRecord, type NodeRecord, type NodeType, type RelationshipRecord,
} from '../src/model/graphModel.js';
import { AGENCY_CODES } from './agencies.js';
import { GLOBAL_ID_PATTERN } from '../src/model/ids.js';
import { ENDPOINTS } from './builder.js';
import { DEMO_FIXTURES, buildDemoWorld, type DemoWorld } from './world.js';

const failures: string[] = [];

function expect(ok: boolean, message: string): void {
  if (!ok) failures.push(message);
}

/** Allowed and required property keys per node type, mirroring src/model/properties.ts. */
const NODE_KEYS: Record<NodeType, { allowed: string[]; required: string[] }> = {
  Person: { allowed: ['name', 'aliases', 'birthDate', 'birthPlace', 'gender', 'nationalities'], required: ['name'] },
  Organisation: { allowed: ['name', 'aliases', 'kind', 'country'], required: ['name', 'kind'] },
  Location: { allowed: ['name', 'kind', 'countryCode', 'iata', 'latitude', 'longitude'], required: ['name', 'kind', 'countryCode'] },
  Document: { allowed: ['number', 'kind', 'issuingCountry', 'issuedOn', 'expiresOn'], required: ['number', 'kind', 'issuingCountry'] },
  Identifier: { allowed: ['kind', 'value', 'platform'], required: ['kind', 'value'] },
  Travel: { allowed: ['mode', 'departedAt', 'arrivedAt', 'carrier', 'flightNumber'], required: ['mode', 'departedAt'] },
  Watchlist: { allowed: ['name', 'kind'], required: ['name', 'kind'] },
};

const REL_KEYS: Record<string, string[]> = {
  RECRUITED: ['at', 'channel', 'place'],
  MEMBER_OF: ['role', 'since', 'until'],
  FAMILY_OF: ['relation'],
  COMMUNICATED_WITH: ['channel', 'firstSeen', 'lastSeen', 'count'],
  FUNDED: ['amount', 'currency'],
  LISTED_ON: ['added', 'reason'],
  SAME_AS: ['score', 'method', 'decidedBy', 'decidedAt'],
};

/** Real people's surnames that must never appear, even by accident of combination. */
const DENYLIST = ['abaaoud', 'abdeslam', 'bakraoui', 'laachraoui', 'krayem', 'kouachi', 'coulibaly', 'merah', 'nemmouche', 'mostefai', 'amimour', 'belkacem', 'bontinck', 'sharrouf', 'elomar', 'cerantonio', 'prakash', 'monis', 'bouyeri', 'emwazi', 'benghalem', 'khazzani', 'baghdadi', 'adnani', 'bahrumsyah', 'samudra', 'bayancuk', 'cuspert', 'santoso'];

function checkOrderAndIds(records: GraphRecord[]): void {
  const nodeIds = new Map<string, NodeType>();
  const relIds = new Set<string>();
  records.forEach((r, i) => {
    expect(ID_PATTERN.test(r.id), `bad id ${r.id}`);
    expect(GLOBAL_ID_PATTERN.test(r.id) && r.id.startsWith(`${r.source}:`), `${r.id} is not in ${r.source}'s namespace`);
    expect(!('markingRank' in r), `${r.id} carries markingRank`);
    expect(r.confidence >= 0.4 && r.confidence <= 1, `${r.id} confidence ${r.confidence}`);
    expect(!r.validFrom || r.reportedAt >= r.validFrom, `${r.id} reported before it was true`);
    if (r.kind === 'node') {
      expect(!nodeIds.has(r.id), `duplicate node id ${r.id} at ${i}`);
      nodeIds.set(r.id, r.type);
      return;
    }
    expect(!relIds.has(r.id), `duplicate relationship id ${r.id} at ${i}`);
    relIds.add(r.id);
    const [fromTypes, toTypes] = ENDPOINTS[r.type];
    const ft = nodeIds.get(r.from);
    const tt = nodeIds.get(r.to);
    expect(ft !== undefined && fromTypes.includes(ft), `${r.id}: start ${r.from} missing, later, or wrong type`);
    expect(tt !== undefined && toTypes.includes(tt), `${r.id}: end ${r.to} missing, later, or wrong type`);
  });
  for (const id of relIds) expect(!nodeIds.has(id), `id ${id} used by a node and a relationship`);
}

function checkProperties(records: GraphRecord[]): void {
  for (const r of records) {
    const keys = Object.keys(r.properties);
    const allowed = r.kind === 'node' ? NODE_KEYS[r.type].allowed : (REL_KEYS[r.type] ?? []);
    const required = r.kind === 'node' ? NODE_KEYS[r.type].required : [];
    for (const k of keys) expect(allowed.includes(k), `${r.id}: unexpected property ${k}`);
    for (const k of required) expect(keys.includes(k), `${r.id}: missing property ${k}`);
    checkTemporal(r);
  }
}

/** Date fields become Neo4j temporals on load, so each must be a real calendar date. */
function checkTemporal(r: GraphRecord): void {
  for (const [k, kind] of Object.entries(TEMPORAL_FIELDS[r.type] ?? {})) {
    const v = r.properties[k];
    if (v === undefined) continue;
    const s = String(v);
    const ok = kind === 'date' ? /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s) : !Number.isNaN(Date.parse(s));
    expect(ok, `${r.id}: ${k}=${s} is not a valid ${kind}`);
  }
  for (const t of [r.reportedAt, r.validFrom, r.validTo]) expect(!t || !Number.isNaN(Date.parse(t)), `${r.id}: bad instant ${t}`);
}

function checkCoverage(world: DemoWorld): void {
  const nodes = world.records.filter((r): r is NodeRecord => r.kind === 'node');
  const rels = world.records.filter((r): r is RelationshipRecord => r.kind === 'relationship');
  for (const m of MARKINGS) {
    expect(nodes.some((n) => n.marking === m), `no node marked ${m}`);
    expect(rels.some((r) => r.marking === m), `no relationship marked ${m}`);
  }
  const sources = new Set(world.records.map((r) => r.source));
  for (const code of AGENCY_CODES) expect(sources.has(code), `agency ${code} reports nothing`);
  for (const s of sources) expect((AGENCY_CODES as readonly string[]).includes(s), `unknown source ${s}`);
  for (const t of NODE_TYPES) expect(nodes.some((n) => n.type === t), `no ${t} nodes`);
  const people = nodes.filter((n) => n.type === 'Person');
  expect(people.length >= 300, `only ${people.length} people`);
  const noEntry = rels.filter((r) => r.type === 'LISTED_ON' && r.to === DEMO_FIXTURES.noEntryList.id).length;
  expect(noEntry > 50, `no-entry list has only ${noEntry} entries`);
  for (const p of people) {
    const name = String(p.properties['name']).toLowerCase();
    for (const bad of DENYLIST) expect(!name.includes(bad), `${p.id} name ${name} matches a real person`);
  }
}

function checkAgencies(world: DemoWorld): void {
  expect(world.agencies.length === 8, 'expected 8 agencies');
  expect(AGENCY_CODES.every((c) => world.agencies.some((a) => a.code === c)), 'agency codes differ');
  const pairs = new Set<string>();
  for (const a of world.agreements) {
    expect(a.from !== a.to, `self agreement ${a.from}`);
    expect((a.upTo as string) !== 'RED', `${a.from}→${a.to} shares RED`);
    expect(!pairs.has(`${a.from}>${a.to}`), `duplicate agreement ${a.from}→${a.to}`);
    pairs.add(`${a.from}>${a.to}`);
  }
}

/** Every leg has one traveller, one origin, one destination; a used document is the traveller's. */
function checkTravel(records: GraphRecord[]): void {
  const rels = records.filter((r): r is RelationshipRecord => r.kind === 'relationship');
  const count = (type: string) => {
    const m = new Map<string, number>();
    for (const r of rels) if (r.type === type) m.set(type === 'MADE' ? r.to : r.from, (m.get(type === 'MADE' ? r.to : r.from) ?? 0) + 1);
    return m;
  };
  const made = count('MADE'), from = count('FROM'), to = count('TO');
  const holds = new Set(rels.filter((r) => r.type === 'HOLDS').map((r) => `${r.from}>${r.to}`));
  const traveller = new Map(rels.filter((r) => r.type === 'MADE').map((r) => [r.to, r.from]));
  for (const t of records.filter((r) => r.kind === 'node' && r.type === 'Travel')) {
    expect(made.get(t.id) === 1 && from.get(t.id) === 1 && to.get(t.id) === 1, `${t.id}: MADE/FROM/TO not exactly one each`);
    const p = t.properties;
    expect(String(p['arrivedAt']) > String(p['departedAt']), `${t.id}: arrives before it departs`);
  }
  for (const u of rels.filter((r) => r.type === 'USED')) expect(holds.has(`${traveller.get(u.from)}>${u.to}`), `${u.id}: document not held by the traveller`);
}

function checkFixtures(world: DemoWorld): void {
  const byId = new Map(world.records.map((r) => [r.id, r]));
  for (const [key, f] of Object.entries(DEMO_FIXTURES)) {
    const r = byId.get(f.id);
    expect(r?.type === f.type, `fixture ${key} (${f.id}) missing or not a ${f.type}`);
    if (r && 'name' in f) expect(r.properties['name'] === f.name, `fixture ${key} is named ${String(r.properties['name'])}`);
  }
  const same = byId.get(DEMO_FIXTURES.deportedSameAs.id);
  const a = same?.kind === 'relationship' ? byId.get(same.from) : undefined;
  const b = same?.kind === 'relationship' ? byId.get(same.to) : undefined;
  expect(!!a && a.properties['birthDate'] === b?.properties['birthDate'], 'SAME_AS pair birth dates differ');
  const number = (id: string) => {
    const held = world.records.find((r) => r.type === 'HOLDS' && r.kind === 'relationship' && r.from === id && byId.get(r.to)?.type === 'Document');
    return held?.kind === 'relationship' ? documentNumberKey(String(byId.get(held.to)?.properties['number'])) : undefined;
  };
  expect(number(DEMO_FIXTURES.parisDuplicateFr.id) === number(DEMO_FIXTURES.parisDuplicateEu.id), 'Paris duplicates do not share a passport key');
  const red = byId.get(DEMO_FIXTURES.redRecruitment.id);
  expect(red?.marking === 'RED' && byId.get(DEMO_FIXTURES.hagueRecruiter.id)?.marking === 'AMBER' && byId.get(DEMO_FIXTURES.hagueRecruit.id)?.marking === 'AMBER', 'RED edge fixture between AMBER people broken');
}

function main(): void {
  const started = performance.now();
  const world = buildDemoWorld();
  const ms = performance.now() - started;
  expect(JSON.stringify(world) === JSON.stringify(buildDemoWorld()), 'two builds with the same seed differ');
  expect(JSON.stringify(buildDemoWorld(7).records) !== JSON.stringify(world.records), 'the seed has no effect');
  checkOrderAndIds(world.records);
  checkProperties(world.records);
  checkCoverage(world);
  checkAgencies(world);
  checkTravel(world.records);
  checkFixtures(world);
  console.log(world.summary);
  console.log(`built in ${ms.toFixed(0)} ms`);
  if (failures.length > 0) {
    console.error(`${failures.length} check(s) failed:\n- ${[...new Set(failures)].slice(0, 40).join('\n- ')}`);
    process.exit(1);
  }
  console.log('demo world OK');
}

main();
