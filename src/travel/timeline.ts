// Every visible dated fact about a record, in time order: its own dates and its relationships'.
import type { Context } from '../context.js';
import { ErrorCode, skeinError } from '../errors.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { pageOf, parsePage } from '../connections/paging.js';
import { toEntity, toLink } from '../records/mapRecord.js';
import type { EntityModel } from '../records/models.js';
import { checkId } from '../records/service.js';
import { viewOf, viewParams } from '../records/view.js';
import type { WindowInput } from '../time/window.js';
import type { TimelineConnectionModel, TimelineEventModel } from './models.js';
import { TIMELINE } from './queries.js';
import { byCodeUnit } from '../model/order.js';

export const MAX_TIMELINE_FACTS = 5000;

function ownEvents(n: EntityModel): TimelineEventModel[] {
  const p = n.provenance;
  const dated: Array<[TimelineEventModel['kind'], unknown]> = [
    ['REPORTED', p.reportedAt],
    ['VALID_FROM', p.validFrom],
    ['VALID_TO', p.validTo],
    ['DEPARTED', n.props.departedAt],
    ['ARRIVED', n.props.arrivedAt],
  ];
  return dated.filter((d): d is [TimelineEventModel['kind'], Date] => d[1] instanceof Date).map(([kind, at]) => ({ at, kind, record: n, link: null }));
}

export async function timeline(
  ctx: Context,
  a: { id: string; between?: WindowInput | null; first?: number | null; after?: string | null; asOf?: Date | null },
): Promise<TimelineConnectionModel> {
  const page = parsePage(a.first, a.after);
  const view = viewOf(a.asOf);
  const rows = await ctx.graph.read(TIMELINE, { id: checkId(a.id), max: int(MAX_TIMELINE_FACTS + 1), ...viewParams(view) });
  const row = rows[0];
  if (!row) return pageOf([], page); // hidden or missing: the same empty answer
  const links = row.links as Array<{ r: Plain; o: Plain }>;
  if (links.length > MAX_TIMELINE_FACTS) throw skeinError(ErrorCode.LIMIT_EXCEEDED, `more than ${MAX_TIMELINE_FACTS} facts; narrow \`between\``);
  const events = ownEvents(toEntity(row.n as Plain, view));
  for (const { r, o } of links) {
    const link = toLink(r);
    const other = toEntity(o, view);
    events.push({ at: link.provenance.validFrom ?? link.provenance.reportedAt, kind: 'LINK_STARTED', record: other, link });
    if (link.provenance.validTo) events.push({ at: link.provenance.validTo, kind: 'LINK_ENDED', record: other, link });
  }
  const from = a.between?.from ? new Date(a.between.from).getTime() : -Infinity;
  const to = a.between?.to ? new Date(a.between.to).getTime() : Infinity;
  const kept = events.filter((e) => e.at.getTime() >= from && e.at.getTime() <= to);
  kept.sort((x, y) => x.at.getTime() - y.at.getTime() || byCodeUnit(x.kind, y.kind) || byCodeUnit(x.link?.id ?? '', y.link?.id ?? ''));
  ctx.audit.add(new Set(kept.map((e) => e.record.id)));
  return pageOf(kept, page);
}
