import { createHmac, randomBytes } from "node:crypto";
import { agreementsOfViewer } from "../agencies/service.js";
const HIT_MACRO = /\bHIT\(([A-Za-z_][A-Za-z0-9_]*)\)/g;
function hitPredicate(variable) {
  return `(${variable}.source IN $hitSources AND coalesce(${variable}.markingRank, 4) < 4 AND ${variable}.retractedAt IS NULL AND ($asOf IS NULL OR ${variable}.reportedAt <= $asOf))`;
}
function expandHit(cypher) {
  return cypher.replace(HIT_MACRO, (_m, v) => hitPredicate(v));
}
async function hitSources(ctx) {
  const agreements = await agreementsOfViewer(ctx);
  return agreements.filter((a) => a.to === ctx.viewer.agency && a.from !== ctx.viewer.agency && a.hitNotification).map((a) => a.from);
}
const PROCESS_KEY = randomBytes(32);
function hitReference(key, sourceRef, recordId) {
  if (typeof sourceRef === "string" && sourceRef.length > 0) return sourceRef;
  const mac = createHmac("sha256", key ?? PROCESS_KEY).update(`hit-reference\0${String(recordId)}`).digest("base64url");
  return `hit:${mac.slice(0, 26)}`;
}
function noticeOf(key, row) {
  return { agency: String(row.agency), reference: hitReference(key, row.sourceRef, row.holder) };
}
function distinctNotices(notices) {
  const seen = /* @__PURE__ */ new Map();
  for (const n of notices) seen.set(`${n.agency}\0${n.reference}`, n);
  return [...seen.values()].sort((a, b) => a.agency.localeCompare(b.agency) || a.reference.localeCompare(b.reference));
}
export {
  distinctNotices,
  expandHit,
  hitPredicate,
  hitReference,
  hitSources,
  noticeOf
};
