// SAME_AS decisions by analysts: confirm (creates a SAME_AS link of the viewer's agency), reject (the
// pair is not proposed again to that agency), retract either. Who, when and why are kept on an
// (:IdentityDecision) node that outlives its retraction; every call is in the audit log.
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { badInput, ErrorCode, forbidden, skeinError } from '../errors.js';
import { markingRank, type Marking } from '../model/graphModel.js';
import { checkId } from '../records/service.js';
import { globalId } from '../model/ids.js';
import type { DecisionKind, SameAsDecisionModel } from './models.js';
import { PAIR, RECORD_CONFIRMATION, RECORD_REJECTION, RETRACT } from './queries.js';
import { idLockKeys } from '../ingest/queries.js';

export const MAX_REASON = 1000;

export interface DecisionArgs {
  a: string;
  b: string;
  reason: string;
  marking?: Marking | null;
}

interface Pair {
  a: string;
  b: string;
  pair: string;
  reason: string;
}

// ANALYST and ADMIN decide; INGEST loads data and never judges identities.
function checkCaller(ctx: Context): void {
  if (ctx.viewer.role !== 'ANALYST' && ctx.viewer.role !== 'ADMIN') throw forbidden('identity decisions need the ANALYST or ADMIN role');
}

function checkPair(args: DecisionArgs): Pair {
  const [x, y] = [checkId(args.a, 'a'), checkId(args.b, 'b')];
  if (x === y) throw badInput('`a` and `b` must be different records', 'b');
  const reason = args.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) throw badInput(`\`reason\` must be 1 to ${MAX_REASON} characters`, 'reason');
  const [a, b] = x < y ? [x, y] : [y, x];
  return { a, b, pair: `${a}|${b}`, reason };
}

function toDecision(d: Plain): SameAsDecisionModel {
  const p = (d as { properties: Record<string, Plain> }).properties;
  const date = (v: Plain | undefined) => (v instanceof Date ? v : typeof v === 'string' ? new Date(v) : null);
  const str = (v: Plain | undefined) => (typeof v === 'string' ? v : null);
  return {
    id: String(p.id),
    kind: p.kind as DecisionKind,
    a: String(p.a),
    b: String(p.b),
    agency: String(p.agency),
    decidedBy: String(p.decidedBy),
    decidedAt: date(p.decidedAt) ?? new Date(0),
    reason: String(p.reason),
    active: p.active === true,
    retractedAt: date(p.retractedAt),
    retractedBy: str(p.retractedBy),
    retractReason: str(p.retractReason),
    sameAsId: str(p.sameAsId),
  };
}

/** The active decision of the viewer's agency on the pair; both people must be visible (else: like missing). */
async function current(ctx: Context, p: Pair): Promise<SameAsDecisionModel | null> {
  const [row] = await ctx.graph.read(PAIR, { ...p, agency: ctx.viewer.agency });
  // Which one is missing is not said: the pair is sorted, and a hidden record must read like a missing one.
  if (!row?.aVisible || !row?.bVisible) throw badInput('`a` and `b` must both be people you can see');
  return row.d ? toDecision(row.d) : null;
}

async function decide(ctx: Context, args: DecisionArgs, kind: DecisionKind): Promise<SameAsDecisionModel> {
  checkCaller(ctx);
  const p = checkPair(args);
  const marking = args.marking ?? 'AMBER';
  const existing = await current(ctx, p);
  if (existing?.kind === kind) return existing; // deciding twice is deciding once
  if (existing) throw skeinError(ErrorCode.CONFLICT, `your agency has an active ${existing.kind.toLowerCase()} decision on this pair: retract it first`);
  const id = `idd-${randomUUID()}`;
  const params = { ...p, id, kind, agency: ctx.viewer.agency, by: ctx.viewer.subject, relId: globalId(ctx.viewer.agency, `same-${id}`), marking, markingRank: markingRank(marking), score: 1.0, idLocks: idLockKeys([ctx.viewer.agency]), holder: null };
  const [row] = await ctx.graph.write(kind === 'CONFIRMED' ? RECORD_CONFIRMATION : RECORD_REJECTION, params);
  if (!row) throw badInput('`a` and `b` must both be people you can see');
  const decision = toDecision(row.d ?? null);
  ctx.audit.add([p.a, p.b, decision.id, ...(decision.sameAsId ? [decision.sameAsId] : [])]);
  return decision;
}

export const confirmSameAs = (ctx: Context, args: DecisionArgs) => decide(ctx, args, 'CONFIRMED');
export const rejectSameAs = (ctx: Context, args: DecisionArgs) => decide(ctx, args, 'REJECTED');

/** Undoes the agency's active decision on the pair (a confirmation's SAME_AS link is removed). */
export async function retractSameAs(ctx: Context, args: DecisionArgs): Promise<SameAsDecisionModel> {
  checkCaller(ctx);
  const p = checkPair(args);
  const existing = await current(ctx, p);
  if (!existing) throw badInput('your agency has no active decision on this pair', 'b');
  const [row] = await ctx.graph.write(RETRACT, { ...p, agency: ctx.viewer.agency, by: ctx.viewer.subject });
  if (!row) throw badInput('your agency has no active decision on this pair', 'b');
  const decision = toDecision(row.d ?? null);
  ctx.audit.add([p.a, p.b, decision.id]);
  return decision;
}
