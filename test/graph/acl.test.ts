// The ACL rule as pure functions: the agreements map and the macro expansion.
import { describe, expect, it } from 'vitest';
import { buildAclMap } from '../../src/auth/aclFor.js';
import { expandAcl, usesAcl } from '../../src/graph/acl.js';

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
    expect(out).toContain('((coalesce($acl[a.source], 0) >= coalesce(a.markingRank, 4) OR coalesce($released[a.id], false)) AND (a.retractedAt IS NULL OR a.source = $retractedVisibleTo) AND NOT coalesce(a.reviewedAt < $retainedSince[a.source], false) AND ($asOf IS NULL OR a.reportedAt <= $asOf))');
    expect(out).toContain('((coalesce($acl[r.source], 0) >= coalesce(r.markingRank, 4) OR coalesce($released[r.id], false)) AND (r.retractedAt IS NULL OR r.source = $retractedVisibleTo) AND NOT coalesce(r.reviewedAt < $retainedSince[r.source], false) AND ($asOf IS NULL OR r.reportedAt <= $asOf))');
    expect(out).toContain('all(aclNode IN nodes(p)');
    expect(out).not.toMatch(/\bACL(_PATH)?\(/);
  });

  it('detects statements that forgot the rule', () => {
    expect(usesAcl('MATCH (n) RETURN n')).toBe(false);
    expect(usesAcl('MATCH (n) WHERE ACL(n) RETURN n')).toBe(true);
  });
});
