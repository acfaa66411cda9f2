// The ACL rule as pure functions: the agreements map and the macro expansion.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAclMap } from '../../src/auth/aclFor.js';
import { aclParams, expandAcl, usesAcl } from '../../src/graph/acl.js';

describe('buildAclMap', () => {
  it('own agency up to RED, partners up to their agreement, RED never shared', () => {
    expect(buildAclMap('NL-INTEL', [
      { source: 'BE-INTEL', upTo: 'AMBER' },
      { source: 'FR-INTEL', upTo: 'RED' },
      { source: 'TR-INTEL', upTo: 'BOGUS' },
    ])).toEqual({ 'NL-INTEL': 4, 'BE-INTEL': 2, 'FR-INTEL': 3 });
  });

  it('an agreement pointing back at the viewer cannot lower its own rank', () => {
    expect(buildAclMap('NL-INTEL', [{ source: 'NL-INTEL', upTo: 'CLEAR' }])).toEqual({ 'NL-INTEL': 4 });
  });
});

describe('expandAcl', () => {
  it('expands every macro into the single predicate', () => {
    const out = expandAcl('MATCH (a)-[r]->(b) WHERE ACL(a) AND ACL(r) AND ACL_PATH(p) RETURN b');
    expect(out).toContain('((coalesce($acl[a.source], 0) >= coalesce(a.markingRank, 4) OR coalesce($released[a.id], false)) AND (a.retractedAt IS NULL OR a.source = $retractedVisibleTo) AND NOT coalesce(a.reviewedAt.epochMillis < $retainedSince[a.source], false) AND ($asOf IS NULL OR a.reportedAt <= $asOf))');
    expect(out).toContain('((coalesce($acl[r.source], 0) >= coalesce(r.markingRank, 4) OR coalesce($released[r.id], false)) AND (r.retractedAt IS NULL OR r.source = $retractedVisibleTo) AND NOT coalesce(r.reviewedAt.epochMillis < $retainedSince[r.source], false) AND ($asOf IS NULL OR r.reportedAt <= $asOf))');
    expect(out).toContain('all(aclNode IN nodes(p)');
    expect(out).not.toMatch(/\bACL(_PATH)?\(/);
  });

  it('detects statements that forgot the rule', () => {
    expect(usesAcl('MATCH (n) RETURN n')).toBe(false);
    expect(usesAcl('MATCH (n) WHERE ACL(n) RETURN n')).toBe(true);
  });
});

describe('aclParams: retention cut-offs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are shared by the statements of one second with one view, and computed again the next second', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T10:00:00.250Z'));
    const view = { acl: { 'XX-A': 4 }, released: {}, retractedVisibleTo: '', hiddenAfterDays: { 'XX-B': 30 } };
    const first = aclParams(view).retainedSince;
    vi.setSystemTime(new Date('2026-12-04T10:00:00.900Z'));
    expect(aclParams(view).retainedSince).toBe(first);
    // Another view with the same terms has cut-offs of its own.
    expect(aclParams({ ...view, hiddenAfterDays: { 'XX-B': 30 } }).retainedSince).not.toBe(first);
    vi.setSystemTime(new Date('2026-12-04T10:00:01.100Z'));
    const next = aclParams(view).retainedSince;
    expect(next).not.toBe(first);
    // 30 days before the statement's second.
    expect(new Date(next['XX-B']!).toISOString()).toBe('2026-11-04T10:00:01.000Z');
  });
});
