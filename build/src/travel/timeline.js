import { ErrorCode, skeinError } from "../errors.js";
import { int } from "../graph/params.js";
import { pageOf, parsePage } from "../connections/paging.js";
import { toEntity, toLink } from "../records/mapRecord.js";
import { checkId } from "../records/service.js";
import { viewOf, viewParams } from "../records/view.js";
import { TIMELINE } from "./queries.js";
const MAX_TIMELINE_FACTS = 5e3;
function ownEvents(n) {
  const p = n.provenance;
  const dated = [
    ["REPORTED", p.reportedAt],
    ["VALID_FROM", p.validFrom],
    ["VALID_TO", p.validTo],
    ["DEPARTED", n.props.departedAt],
    ["ARRIVED", n.props.arrivedAt]
  ];
  return dated.filter((d) => d[1] instanceof Date).map(([kind, at]) => ({ at, kind, record: n, link: null }));
}
async function timeline(ctx, a) {
  const page = parsePage(a.first, a.after);
  const view = viewOf(a.asOf);
  const rows = await ctx.graph.read(TIMELINE, { id: checkId(a.id), max: int(MAX_TIMELINE_FACTS + 1), ...viewParams(view) });
  const row = rows[0];
  if (!row) return pageOf([], page);
  const links = row.links;
  if (links.length > MAX_TIMELINE_FACTS) throw skeinError(ErrorCode.LIMIT_EXCEEDED, `more than ${MAX_TIMELINE_FACTS} facts; narrow \`between\``);
  const events = ownEvents(toEntity(row.n, view));
  for (const { r, o } of links) {
    const link = toLink(r);
    const other = toEntity(o, view);
    events.push({ at: link.provenance.validFrom ?? link.provenance.reportedAt, kind: "LINK_STARTED", record: other, link });
    if (link.provenance.validTo) events.push({ at: link.provenance.validTo, kind: "LINK_ENDED", record: other, link });
  }
  const from = a.between?.from ? new Date(a.between.from).getTime() : -Infinity;
  const to = a.between?.to ? new Date(a.between.to).getTime() : Infinity;
  const kept = events.filter((e) => e.at.getTime() >= from && e.at.getTime() <= to);
  kept.sort((x, y) => x.at.getTime() - y.at.getTime() || x.kind.localeCompare(y.kind) || (x.link?.id ?? "").localeCompare(y.link?.id ?? ""));
  ctx.audit.add(new Set(kept.map((e) => e.record.id)));
  return pageOf(kept, page);
}
export {
  MAX_TIMELINE_FACTS,
  timeline
};
