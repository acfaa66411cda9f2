// People who shared a flight or a crossing with a person, ranked by how often.
import type { Context } from '../context.js';
import { ErrorCode, skeinError } from '../errors.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { pageOf, parsePage } from '../connections/paging.js';
import { toEntity } from '../records/mapRecord.js';
import { checkId } from '../records/service.js';
import { viewOf, viewParams } from '../records/view.js';
import { boundedInt, windowParams, type WindowInput } from '../time/window.js';
import type { CoTravellerConnectionModel, CoTravellerModel } from './models.js';
import { CO_TRAVEL } from './queries.js';
import { byCodeUnit } from '../model/order.js';

const MAX_SHARED = 10_000;

export interface CoTravelArgs {
  personId: string;
  between?: WindowInput | null;
  windowHours?: number | null;
  first?: number | null;
  after?: string | null;
  asOf?: Date | null;
}

export async function coTravellers(ctx: Context, a: CoTravelArgs): Promise<CoTravellerConnectionModel> {
  const page = parsePage(a.first, a.after);
  const view = viewOf(a.asOf);
  const hours = boundedInt(a.windowHours, 24, 1, 168, 'windowHours');
  const rows = await ctx.graph.read(CO_TRAVEL, {
    id: checkId(a.personId, 'personId'),
    seconds: int(hours * 3600),
    max: int(MAX_SHARED + 1),
    ...windowParams(a.between),
    ...viewParams(view),
  });
  if (rows.length > MAX_SHARED) throw skeinError(ErrorCode.LIMIT_EXCEEDED, 'too many shared trips; narrow `between`');
  const byPerson = new Map<string, CoTravellerModel>();
  for (const row of rows) {
    const person = toEntity(row.o as Plain, view);
    const entry = byPerson.get(person.id) ?? { person, times: 0, trips: [] };
    entry.trips.push({ mine: toEntity(row.mine as Plain, view), theirs: toEntity(row.theirs as Plain, view), kind: row.kind === 'FLIGHT' ? 'FLIGHT' : 'CROSSING' });
    byPerson.set(person.id, entry);
  }
  for (const e of byPerson.values()) e.times = new Set(e.trips.map((t) => t.mine.id)).size;
  const ranked = [...byPerson.values()].sort((x, y) => y.times - x.times || byCodeUnit(x.person.id, y.person.id));
  ctx.audit.add(ranked.map((r) => r.person.id));
  return pageOf(ranked, page);
}
