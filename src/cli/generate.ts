// `npm run generate -- --people N --seed S --out FILE [--prefix P] [--duplicates RATE]`: a synthetic world
// as native NDJSON (plus FILE.truth.json, the planted duplicates) for benchmarks and scale tests.
// Load it with `npm run import -- FILE --agency EU-POLICE --trust-sources` (records carry their own agencies).
import { parseArgs } from 'node:util';
import { generateWorld } from '../generator/world.js';
import { progressReporter } from './progress.js';
import { exitWith } from './exitWith.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    prefix: { type: 'string', default: 'gen' },
    duplicates: { type: 'string', default: '0.02' },
  },
});

try {
  const people = Number(values.people);
  const seed = Number(values.seed);
  const duplicateRate = Number(values.duplicates);
  if (!Number.isInteger(people) || people < 1) throw new Error('--people must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  if (!(duplicateRate >= 0 && duplicateRate <= 1)) throw new Error('--duplicates must be 0..1');
  if (!values.out) throw new Error('--out FILE is required');
  if (!/^[a-z0-9]{1,16}$/.test(values.prefix)) throw new Error('--prefix must be 1-16 lower-case letters or digits');
  const t0 = Date.now();
  const s = await generateWorld({ people, seed, out: values.out, prefix: values.prefix, duplicateRate }, progressReporter('people'));
  console.error(`${s.nodes + s.relationships} records (${s.nodes} nodes, ${s.relationships} relationships, ${s.duplicates} planted duplicates) in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  console.log(JSON.stringify(s));
} catch (err) {
  exitWith('generate', err, 2);
}
