// Every ```graphql block of README.md and docs/*.md runs against the demo world, so the docs cannot drift from the API.
// A block may be preceded by one HTML comment of settings, e.g.
//   <!-- agency: BE-INTEL role: INGEST variables: {"id": "x"} empty: a fresh watch has no alerts yet -->
// agency defaults to NL-INTEL, role to ANALYST; `empty:` (with its reason) accepts an answer without content.
// A variable whose value is "$a.b.0.c" takes that path from the answers of the file's earlier examples (the
// latest that has it), so a walk-through (screen → requestAccess → releaseRecord) runs as written.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/model/graphModel.js';
import { demoWorldServer } from '../helpers/demoWorld.js';
import { emptyParts } from '../helpers/answers.js';

const server = demoWorldServer();
const root = new URL('../../', import.meta.url);

interface Example {
  where: string;
  query: string;
  agency: string;
  role: Role;
  variables?: Record<string, unknown>;
  emptyAllowed: boolean;
}

/** The settings comment right before a fence (blank lines allowed between). */
function settings(before: string): Record<string, string> {
  const comment = /<!--((?:(?!-->)[\s\S])*)-->\s*$/.exec(before)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of comment.matchAll(/(agency|role|variables|empty):\s*((?:(?!\s(?:agency|role|variables|empty):)[\s\S])*)/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

export function examplesOf(file: string, text: string): Example[] {
  const out: Example[] = [];
  for (const m of text.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const s = settings(text.slice(0, m.index));
    const line = text.slice(0, m.index).split('\n').length;
    out.push({
      where: `${file}:${line}`,
      query: m[1]!,
      agency: s.agency ?? 'NL-INTEL',
      role: (s.role ?? 'ANALYST') as Role,
      variables: s.variables ? (JSON.parse(s.variables) as Record<string, unknown>) : undefined,
      emptyAllowed: s.empty !== undefined,
    });
  }
  return out;
}

/** Resolves "$path" variables against earlier answers of the same file, newest first; unknown paths fail loudly. */
export function withEarlierAnswers(variables: Record<string, unknown> | undefined, earlier: unknown[]): Record<string, unknown> | undefined {
  if (!variables) return undefined;
  const at = (path: string) => {
    for (const data of [...earlier].reverse()) {
      const v = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), data);
      if (v !== undefined) return v;
    }
    throw new Error(`no earlier example of this file answered ${path}`);
  };
  return Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('$') ? at(v.slice(1)) : v]));
}

const files = ['README.md', ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const examples = files.flatMap((f) => examplesOf(f, readFileSync(new URL(f, root), 'utf8')));

describe('GraphQL examples in the docs run against the demo world', { timeout: 120_000 }, () => {
  it('finds the examples (README and docs/)', () => {
    expect(examples.filter((e) => e.where.startsWith('README')).length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((e) => e.where.startsWith('docs/')).length).toBeGreaterThanOrEqual(4);
  });

  const answers = new Map<string, unknown[]>(); // file -> data of its examples so far, in order
  it.each(examples.map((e) => [e.where, e] as const))('%s', async (where, e) => {
    const file = where.slice(0, where.lastIndexOf(':'));
    const earlier = answers.get(file) ?? [];
    const res = await server.as(e.agency, e.role).query(e.query, withEarlierAnswers(e.variables, earlier));
    answers.set(file, [...earlier, res.data]);
    const problems = emptyParts({ data: res.data, errors: res.errors as unknown[] | undefined });
    expect(e.emptyAllowed ? problems.filter((p) => p.startsWith('errors') || p === 'no data') : problems, `${e.where} as ${e.agency}`).toEqual([]);
  });

  it('reads the settings comment', () => {
    const [e] = examplesOf('x.md', 'text\n<!-- agency: BE-INTEL role: INGEST variables: {"a": 1} empty: none yet -->\n\n```graphql\n{ viewer { role } }\n```\n');
    expect(e).toMatchObject({ agency: 'BE-INTEL', role: 'INGEST', variables: { a: 1 }, emptyAllowed: true, where: 'x.md:4' });
  });

  it('takes "$path" variables from earlier answers, the latest first, and names a path nobody answered', () => {
    const earlier = [{ screen: { rows: [{ hits: [{ reference: 'R1' }] }] } }, { requestAccess: { id: 'q1' } }, { requestAccess: { id: 'q2' } }];
    expect(withEarlierAnswers({ r: '$screen.rows.0.hits.0.reference', q: '$requestAccess.id', n: 3 }, earlier)).toEqual({ r: 'R1', q: 'q2', n: 3 });
    expect(() => withEarlierAnswers({ q: '$releaseRecord.id' }, earlier)).toThrow('no earlier example of this file answered releaseRecord.id');
  });
});
