// Every ```graphql block of README.md and docs/*.md runs against the demo world, so the docs cannot drift from the API.
// A block may be preceded by one HTML comment of settings, e.g.
//   <!-- agency: BE-INTEL role: INGEST variables: {"id": "x"} empty: a fresh watch has no alerts yet -->
// agency defaults to NL-INTEL, role to ANALYST; `empty:` (with its reason) accepts an answer without content.
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

const files = ['README.md', ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const examples = files.flatMap((f) => examplesOf(f, readFileSync(new URL(f, root), 'utf8')));

describe('GraphQL examples in the docs run against the demo world', { timeout: 120_000 }, () => {
  it('finds the examples (README and docs/)', () => {
    expect(examples.filter((e) => e.where.startsWith('README')).length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((e) => e.where.startsWith('docs/')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s', async (_where, e) => {
    const res = await server.as(e.agency, e.role).query(e.query, e.variables);
    const problems = emptyParts({ data: res.data, errors: res.errors as unknown[] | undefined });
    expect(e.emptyAllowed ? problems.filter((p) => p.startsWith('errors') || p === 'no data') : problems, `${e.where} as ${e.agency}`).toEqual([]);
  });

  it('reads the settings comment', () => {
    const [e] = examplesOf('x.md', 'text\n<!-- agency: BE-INTEL role: INGEST variables: {"a": 1} empty: none yet -->\n\n```graphql\n{ viewer { role } }\n```\n');
    expect(e).toMatchObject({ agency: 'BE-INTEL', role: 'INGEST', variables: { a: 1 }, emptyAllowed: true, where: 'x.md:4' });
  });
});
