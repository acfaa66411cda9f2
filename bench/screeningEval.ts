// Screening quality on names that do not come from the project's generator: Faker's locales, with
// variants written by this file's own rules (not the matcher's): one typo, a Dutch particle glued or
// dropped, pre-1972 Indonesian spelling, Arabic script written from a Latin name, ظ as d/dh/z,
// diacritics dropped, a kunya recorded as an alias; and hard negatives (same given name and birth
// date, another surname). Prints precision/recall/F1 per category and retrieval recall on its own;
// beside them nomenklatura's logic-v2 on the same pairs when Python and nomenklatura are available
// (SKEIN_PYTHON, default python3; docs/screening.md says how to install it).  `npm run bench:screen -- --only eval [--eval-pairs 150]`
import { spawnSync } from 'node:child_process';
import { fakerDE, fakerEN, fakerFR, fakerID_ID, fakerNL, fakerTR, type Faker } from '@faker-js/faker';
import { lookupKeys, nameVariants, personKeys } from '../src/identity/nameKeys.js';
import { birthDatesWorthReading, DEFAULT_THRESHOLD, scoreMatch } from '../src/identity/score.js';
import { ARABIC_NAMES, arabicScript, DZ_NAMES } from './screeningEvalNames.js';

export interface EvalPair { category: string; positive: boolean; query: string; record: string; aliases: string[]; birthDate: string }

const LOGIC_V2_THRESHOLD = 0.7;
const western: Faker[] = [fakerEN, fakerDE, fakerFR, fakerNL];
const pick = <T>(f: Faker, list: readonly T[]): T => list[f.number.int(list.length - 1)]!;
const dob = (f: Faker) => f.date.birthdate({ min: 18, max: 80, mode: 'age' }).toISOString().slice(0, 10);

function typo(f: Faker, word: string): string {
  const i = f.number.int({ min: 1, max: word.length - 2 });
  const letter = f.string.alpha({ length: 1, casing: 'lower' });
  switch (f.number.int(3)) {
    case 0: return word.slice(0, i) + word.slice(i + 1);
    case 1: return word.slice(0, i) + letter + word.slice(i + 1);
    case 2: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default: return word.slice(0, i) + letter + word.slice(i);
  }
}

const oldIndonesian = (name: string) => name.replace(/j/g, 'dj').replace(/J/g, 'Dj').replace(/c/g, 'tj').replace(/C/g, 'Tj').replace(/y/g, 'j').replace(/Y/g, 'J').replace(/u/g, 'oe').replace(/U/g, 'Oe');
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ß/g, 'ss');
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

type Make = (f: Faker) => Omit<EvalPair, 'positive' | 'birthDate'> | null;
const CATEGORIES: Record<string, Make> = {
  typo: (f) => {
    const g = pick(f, western);
    const [first, last] = [g.person.firstName(), g.person.lastName()];
    if (last.length < 4 || /\s/.test(last)) return null;
    return { category: 'typo', query: `${first} ${typo(f, last)}`, record: `${first} ${last}`, aliases: [] };
  },
  dutchParticle: (f) => {
    const [first, last] = [fakerNL.person.firstName(), fakerNL.person.lastName().replace(/^.*\s/, '')];
    const particle = pick(f, ['van', 'van der', 'van den', 'van de']);
    const glued = f.datatype.boolean();
    const query = glued ? `${first} ${cap(particle.replace(/ /g, ''))}${last.toLowerCase()}` : `${first} ${last}`;
    return { category: 'dutchParticle', query, record: `${first} ${particle} ${last}`, aliases: [] };
  },
  oldIndonesian: () => {
    const name = `${fakerID_ID.person.firstName()} ${fakerID_ID.person.lastName()}`;
    const old = oldIndonesian(name);
    return old === name ? null : { category: 'oldIndonesian', query: old, record: name, aliases: [] };
  },
  arabicScript: (f) => {
    const [first, last] = [pick(f, ARABIC_NAMES), pick(f, ARABIC_NAMES)];
    const record = `${cap(first)} al-${cap(last)}`;
    return { category: 'arabicScript', query: `${arabicScript(first)} ${arabicScript(`al-${last}`)}`, record, aliases: [] };
  },
  zaDh: (f) => {
    const [z, d] = pick(f, DZ_NAMES);
    const last = cap(pick(f, ARABIC_NAMES));
    return { category: 'zaDh', query: `${d} ${last}`, record: `${z} ${last}`, aliases: [] };
  },
  diacritics: (f) => {
    const g = pick(f, [fakerTR, fakerDE, fakerFR]);
    const name = `${g.person.firstName()} ${g.person.lastName()}`.trim();
    return stripMarks(name) === name ? null : { category: 'diacritics', query: stripMarks(name), record: name, aliases: [] };
  },
  kunya: (f) => {
    const [first, last, son] = [pick(f, ARABIC_NAMES), pick(f, ARABIC_NAMES), pick(f, ARABIC_NAMES)];
    const kunya = `Abu ${cap(son)}`;
    return { category: 'kunya', query: kunya, record: `${cap(first)} ${cap(last)}`, aliases: [kunya] };
  },
};

function hardNegative(p: EvalPair, f: Faker): EvalPair {
  const words = p.record.split(' ');
  const last = (p.category === 'kunya' ? p.aliases[0]! : p.record).split(/[\s-]/).pop()!.toLowerCase();
  let other = last;
  for (let tries = 0; other.toLowerCase() === last && tries < 20; tries++) other = p.category === 'arabicScript' || p.category === 'zaDh' || p.category === 'kunya'
    ? cap(pick(f, ARABIC_NAMES)) : p.category === 'oldIndonesian' ? fakerID_ID.person.lastName() : pick(f, western).person.lastName();
  const kept = words.slice(0, -1).concat(/^al-/.test(words[words.length - 1]!) ? [`al-${other}`] : [other]);
  const query = p.category === 'kunya' ? `Abu ${other}` : kept.join(' ');
  return { ...p, positive: false, query };
}

export function evalPairs(perCategory: number, seed: number): EvalPair[] {
  [fakerEN, fakerDE, fakerFR, fakerNL, fakerTR, fakerID_ID].forEach((f, i) => f.seed(seed + i));
  const f = fakerEN;
  const out: EvalPair[] = [];
  for (const [name, make] of Object.entries(CATEGORIES)) {
    for (let n = 0, tries = 0; n < perCategory && tries < perCategory * 20; tries++) {
      const made = make(f);
      if (!made) continue;
      const p: EvalPair = { ...made, category: name, positive: true, birthDate: dob(f) };
      const neg = hardNegative(p, f);
      if (neg.query.toLowerCase() === p.record.toLowerCase()) continue;
      out.push(p, neg);
      n++;
    }
  }
  return out;
}

export function skeinScores(pairs: readonly EvalPair[]): Array<{ retrieved: boolean; score: number }> {
  return pairs.map((p) => {
    const stored = new Set(personKeys({ name: p.record, aliases: p.aliases, birthDate: p.birthDate }).nameKeys);
    const retrieved = lookupKeys(nameVariants(p.query), p.birthDate, birthDatesWorthReading(p.birthDate, DEFAULT_THRESHOLD)).some((k) => stored.has(k));
    const s = scoreMatch({ name: p.query, variants: nameVariants(p.query), birthDate: p.birthDate, nationalities: [] },
      { name: p.record, variants: nameVariants(p.record, p.aliases), birthDate: p.birthDate, nationalities: [], sharedDocuments: [], sharedIdentifiers: [], sharedFlights: [] });
    return { retrieved, score: retrieved ? s.score : 0 };
  });
}

/** logic-v2 scores, or a sentence saying why there are none. */
export function logicV2Scores(pairs: readonly EvalPair[]): number[] | string {
  const python = process.env.SKEIN_PYTHON ?? 'python3';
  const run = spawnSync(python, [new URL('./logicV2.py', import.meta.url).pathname], { input: JSON.stringify(pairs), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.error || run.status !== 0) {
    const why = run.error?.message ?? run.stderr.trim().split('\n').pop();
    return `logic-v2 skipped (${python}: ${why}); set SKEIN_PYTHON to a Python with nomenklatura installed, see docs/screening.md`;
  }
  return JSON.parse(run.stdout) as number[];
}

export interface CategoryFigures { category: string; precision: number; recall: number; f1: number; falseAlarms: number; negatives: number; retrieval: number | null }

/** Precision, recall, F1 and hard-negative false alarms per category and overall, at `threshold`. */
export function figures(pairs: readonly EvalPair[], scores: readonly number[], threshold: number, retrieved?: readonly boolean[]): CategoryFigures[] {
  const cats = [...new Set(pairs.map((p) => p.category)), 'overall'];
  return cats.map((c) => {
    const idx = pairs.map((p, i) => [p, i] as const).filter(([p]) => c === 'overall' || p.category === c);
    const tp = idx.filter(([p, i]) => p.positive && scores[i]! >= threshold).length;
    const fp = idx.filter(([p, i]) => !p.positive && scores[i]! >= threshold).length;
    const pos = idx.filter(([p]) => p.positive).length;
    const [precision, recall] = [tp / Math.max(1, tp + fp), tp / Math.max(1, pos)];
    const retrieval = retrieved ? idx.filter(([p, i]) => p.positive && retrieved[i]).length / Math.max(1, pos) : null;
    return { category: c, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), falseAlarms: fp, negatives: idx.length - pos, retrieval };
  });
}

const f3 = (x: number) => x.toFixed(3);

/** One line per category: Skein's figures, logic-v2's beside them when there are any, and whether Skein's recall is at least logic-v2's. */
export function table(skein: readonly CategoryFigures[], v2: readonly CategoryFigures[] | null): string[] {
  const head = `${'category'.padEnd(14)} | Skein @${DEFAULT_THRESHOLD}: P     R     F1    false alarms retrieval` + (v2 ? ` | logic-v2 @${LOGIC_V2_THRESHOLD}: P     R     F1    false alarms | recall >= logic-v2` : '');
  return [head, ...skein.map((s, k) => {
    const fa = `${s.falseAlarms}/${s.negatives}`.padStart(12);
    let line = `${s.category.padEnd(14)} |            ${f3(s.precision)} ${f3(s.recall)} ${f3(s.f1)} ${fa} ${f3(s.retrieval ?? 0).padStart(9)}`;
    const o = v2?.[k];
    if (o) line += ` |                ${f3(o.precision)} ${f3(o.recall)} ${f3(o.f1)} ${`${o.falseAlarms}/${o.negatives}`.padStart(12)} | ${s.recall >= o.recall ? 'yes' : 'NO'}`;
    return line;
  })];
}

export function runEval(perCategory = 150, seed = 18): void {
  const pairs = evalPairs(perCategory, seed);
  const skein = skeinScores(pairs);
  console.log(`Evaluation set: ${pairs.length} pairs (${perCategory} variants + ${perCategory} hard negatives per category, seed ${seed}), Faker locales`);
  const v2 = logicV2Scores(pairs);
  const ours = figures(pairs, skein.map((s) => s.score), DEFAULT_THRESHOLD, skein.map((s) => s.retrieved));
  for (const l of table(ours, typeof v2 === 'string' ? null : figures(pairs, v2, LOGIC_V2_THRESHOLD))) console.log(`  ${l}`);
  if (typeof v2 === 'string') console.log(`  ${v2}`);
  else console.log(`  logic-v2: nomenklatura's matcher on the same pairs (query: the row's name and birth date; record: name, aliases, birth date), its threshold ${LOGIC_V2_THRESHOLD}`);
}

if (process.argv[1]?.endsWith('screeningEval.ts')) runEval(Number(process.argv[2] ?? 150), Number(process.argv[3] ?? 18));
