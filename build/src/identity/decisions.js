import { randomUUID } from "node:crypto";
import { badInput, ErrorCode, forbidden, skeinError } from "../errors.js";
import { markingRank } from "../model/graphModel.js";
import { checkId } from "../records/service.js";
import { PAIR, RECORD_CONFIRMATION, RECORD_REJECTION, RETRACT } from "./queries.js";
const MAX_REASON = 1e3;
function checkCaller(ctx) {
  if (ctx.viewer.role !== "ANALYST" && ctx.viewer.role !== "ADMIN") throw forbidden("identity decisions need the ANALYST or ADMIN role");
}
function checkPair(args) {
  const [x, y] = [checkId(args.a, "a"), checkId(args.b, "b")];
  if (x === y) throw badInput("`a` and `b` must be different records", "b");
  const reason = args.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) throw badInput(`\`reason\` must be 1 to ${MAX_REASON} characters`, "reason");
  const [a, b] = x < y ? [x, y] : [y, x];
  return { a, b, pair: `${a}|${b}`, reason };
}
function toDecision(d) {
  const p = d.properties;
  const date = (v) => v instanceof Date ? v : typeof v === "string" ? new Date(v) : null;
  const str = (v) => typeof v === "string" ? v : null;
  return {
    id: String(p.id),
    kind: p.kind,
    a: String(p.a),
    b: String(p.b),
    agency: String(p.agency),
    decidedBy: String(p.decidedBy),
    decidedAt: date(p.decidedAt) ?? /* @__PURE__ */ new Date(0),
    reason: String(p.reason),
    active: p.active === true,
    retractedAt: date(p.retractedAt),
    retractedBy: str(p.retractedBy),
    retractReason: str(p.retractReason),
    sameAsId: str(p.sameAsId)
  };
}
async function current(ctx, p) {
  const [row] = await ctx.graph.read(PAIR, { ...p, agency: ctx.viewer.agency });
  if (!row?.aVisible || !row?.bVisible) throw badInput("`a` and `b` must both be people you can see");
  return row.d ? toDecision(row.d) : null;
}
async function decide(ctx, args, kind) {
  checkCaller(ctx);
  const p = checkPair(args);
  const marking = args.marking ?? "AMBER";
  const existing = await current(ctx, p);
  if (existing?.kind === kind) return existing;
  if (existing) throw skeinError(ErrorCode.CONFLICT, `your agency has an active ${existing.kind.toLowerCase()} decision on this pair: retract it first`);
  const id = `idd-${randomUUID()}`;
  const params = { ...p, id, kind, agency: ctx.viewer.agency, by: ctx.viewer.subject, relId: `same-${id}`, marking, markingRank: markingRank(marking), score: 1 };
  const [row] = await ctx.graph.write(kind === "CONFIRMED" ? RECORD_CONFIRMATION : RECORD_REJECTION, params);
  if (!row) throw badInput("`a` and `b` must both be people you can see");
  const decision = toDecision(row.d ?? null);
  ctx.audit.add([p.a, p.b, decision.id, ...decision.sameAsId ? [decision.sameAsId] : []]);
  return decision;
}
const confirmSameAs = (ctx, args) => decide(ctx, args, "CONFIRMED");
const rejectSameAs = (ctx, args) => decide(ctx, args, "REJECTED");
async function retractSameAs(ctx, args) {
  checkCaller(ctx);
  const p = checkPair(args);
  const existing = await current(ctx, p);
  if (!existing) throw badInput("your agency has no active decision on this pair", "b");
  const [row] = await ctx.graph.write(RETRACT, { ...p, agency: ctx.viewer.agency, by: ctx.viewer.subject });
  if (!row) throw badInput("your agency has no active decision on this pair", "b");
  const decision = toDecision(row.d ?? null);
  ctx.audit.add([p.a, p.b, decision.id]);
  return decision;
}
export {
  MAX_REASON,
  confirmSameAs,
  rejectSameAs,
  retractSameAs
};
