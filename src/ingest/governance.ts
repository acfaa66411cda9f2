// `retract` and `erase` lines in the import formats: bulk retraction and erasure of the importing agency's
// own records, through the same functions as the `retract` / `erase` mutations (sharing/retraction.ts),
// reported per line with the same words as every other ingest outcome.
import { z } from 'zod';
import { eraseRecords, retractRecords, type GovernanceActor } from '../sharing/retraction.js';
import { namespaced, type SourceRule } from './validate.js';
import { keysOf, problemsOf } from './problems.js';
import type { Rejection } from './outcomes.js';

export const GOVERNANCE_KINDS = ['retract', 'erase'] as const;
export type GovernanceKind = (typeof GOVERNANCE_KINDS)[number];

export interface GovernanceLine {
  kind: GovernanceKind;
  /** Global id in the importing agency's namespace. */
  id: string;
  reason: string;
}

const line = z.strictObject({
  kind: z.enum(GOVERNANCE_KINDS),
  id: z.string().min(1).max(200),
  reason: z.string().trim().min(1, 'expected a reason (1..1000 characters)').max(1000),
});

export function isGovernanceLine(raw: unknown): boolean {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  return typeof raw === 'object' && raw !== null && (GOVERNANCE_KINDS as readonly unknown[]).includes(kind);
}

export type ValidatedLine = { ok: true; line: GovernanceLine } | { ok: false; rejection: Rejection };

/** A line names one of the caller's own records by its own id: another agency's id is refused by its form alone. */
export function validateGovernance(input: object, rule: SourceRule): ValidatedLine {
  const raw = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
  const parsed = line.safeParse(raw);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error, raw, [], keysOf(line));
    return { ok: false, rejection: { code: 'INVALID', ...(problems[0] ? { field: problems[0].field } : {}), message: problems.map((p) => p.text).join('; ') || 'invalid line' } };
  }
  const ids = namespaced({ id: parsed.data.id }, rule.agency);
  if (!ids.ok) return ids;
  return { ok: true, line: { kind: parsed.data.kind, id: ids.id, reason: parsed.data.reason } };
}

export interface GovernanceResult {
  retracted: number;
  erased: number;
  unchanged: number;
  /** Positions (in the given list) of lines naming no record of the caller's, with the reason. */
  rejected: Array<{ index: number; rejection: Rejection }>;
}

const missing = (id: string): Rejection => ({ code: 'NOT_FOUND', field: 'id', message: `id: ${id} is not a record of your agency (unknown id, or erased before)` });

/**
 * Applies lines in order of kind: every retraction, then every erasure (an id both retracted and erased
 * ends erased). One statement per kind and reason. Already retracted / erased records count as unchanged,
 * so a file run twice changes nothing the second time. `pending` (dry runs): ids of records the same
 * input would create.
 */
export async function applyGovernance(actor: GovernanceActor, lines: readonly GovernanceLine[], dryRun: boolean, pending?: ReadonlySet<string>): Promise<GovernanceResult> {
  const result: GovernanceResult = { retracted: 0, erased: 0, unchanged: 0, rejected: [] };
  for (const kind of GOVERNANCE_KINDS) {
    const byReason = new Map<string, number[]>();
    lines.forEach((l, i) => {
      if (l.kind !== kind) return;
      const at = byReason.get(l.reason) ?? [];
      at.push(i);
      byReason.set(l.reason, at);
    });
    for (const [reason, at] of byReason) {
      const ids = at.map((i) => lines[i]!.id);
      const outcomes = kind === 'retract' ? await retractRecords(actor, ids, reason, dryRun) : (await eraseRecords(actor, ids, reason, dryRun)).outcomes;
      const counted = new Set<string>();
      for (const i of at) {
        const id = lines[i]!.id;
        // A dry run judges records the same input creates as if they were written.
        const outcome = outcomes.get(id) === 'missing' && dryRun && pending?.has(id) ? 'done' : outcomes.get(id);
        if (outcome === 'missing') result.rejected.push({ index: i, rejection: missing(id) });
        else if (outcome === 'done' && !counted.has(id)) result[kind === 'retract' ? 'retracted' : 'erased'] += 1;
        else result.unchanged += 1; // already so, or the same id named again
        counted.add(id);
      }
    }
  }
  result.rejected.sort((a, b) => a.index - b.index);
  return result;
}
