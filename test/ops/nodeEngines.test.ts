// The Node versions we claim are the ones every installed package admits: `npm ci` then prints no
// EBADENGINE warning on any of them, and the README says the same versions as package.json.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const ours = pkg.engines.node;

/** "^20.19.0 || >=24" → "20 (20.19 or later) or 24+": how the README states it. */
export function phrase(range: string): string {
  const parts = new semver.Range(range).set.map((comparators) => {
    const low = semver.minVersion(comparators.map((c) => c.value).join(' '))!;
    const upper = comparators.find((c) => c.operator.startsWith('<'));
    if (!upper) return `${low.major}+`;
    // "24.x": the whole major, as "24"; "^20.19.0": one major from a minor on, as "20 (20.19 or later)".
    return low.minor === 0 && low.patch === 0 ? `${low.major}` : `${low.major} (${low.major}.${low.minor} or later)`;
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}` : parts[0]!;
}

describe('supported Node versions', () => {
  it('every package in the lock file admits every Node version package.json claims', () => {
    const offenders = Object.entries(lock.packages).flatMap(([path, p]) => {
      const wants = Array.isArray(p.engines) ? undefined : p.engines?.node;
      return wants && !semver.subset(ours, wants) ? [`${path}@${p.version} wants node ${wants}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('the Node running these tests is one of them', () => {
    expect(semver.satisfies(process.version, ours), `${process.version} against ${ours}`).toBe(true);
  });

  it('the README states the same versions', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect(readme).toContain(`Node ${phrase(ours)}`);
  });

  it('phrases a range as the README does', () => {
    expect(phrase('^20.19.0 || ^22.13.0 || >=24')).toBe('20 (20.19 or later), 22 (22.13 or later) or 24+');
    expect(phrase('>=20')).toBe('20+');
    expect(phrase('^20.19.0 || ^22.13.0 || 24.x || 25.x || 26.x')).toBe('20 (20.19 or later), 22 (22.13 or later), 24, 25 or 26');
  });
});
