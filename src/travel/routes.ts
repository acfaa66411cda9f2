// Route patterns: journeys through some places, from others, reaching others within days, grouped by route.
import type { Context } from '../context.js';
import { badInput, ErrorCode, skeinError } from '../errors.js';
import { int } from '../graph/params.js';
import { pageOf, parsePage } from '../connections/paging.js';
import { checkId } from '../records/service.js';
import { viewOf, viewParams } from '../records/view.js';
import { boundedInt, windowParams, type WindowInput } from '../time/window.js';
import { chainJourneys, DEFAULT_GAP_HOURS } from './journeys.js';
import { placeEquivalence, placesById, placesWithin } from './legs.js';
import type { Journey, LegEnds, RouteAnswerModel, RouteLeg, RouteMatch, RoutePatternConnectionModel, RoutePatternModel, RouteTravellerModel } from './models.js';
import { NEAR_FLAGS, ROUTE_CANDIDATES } from './queries.js';
import { loadAll } from '../records/loaders.js';
import type { View } from '../records/view.js';
import type { EntityModel } from '../records/models.js';
import { byCodeUnit } from '../model/order.js';

export const MAX_ROUTE_TRAVELLERS = 20_000;
const TRAVELLERS_SHOWN = 50;

export interface RouteArgs {
  through?: readonly string[] | null;
  from?: readonly string[] | null;
  to?: readonly string[] | null;
  between?: WindowInput | null;
  maxGapHours?: number | null;
  withinDays?: number | null;
  minTravellers?: number | null;
  first?: number | null;
  after?: string | null;
  asOf?: Date | null;
}

export interface JourneyFilter {
  through: Set<string>;
  from: Set<string>;
  to: Set<string>;
  withinMs: number;
  /** Epoch ms bounds (null: open) for the departure of the entry leg: the one into `through`, else the first. */
  window: { from: number | null; to: number | null };
}

/** Whether a journey qualifies: starts in `from`, enters `through` in the window, then reaches `to` in time. */
export function matchJourney(j: Journey<LegEnds>, f: JourneyFilter): boolean {
  const places = j.legs.map((l) => ({ id: l.to?.id, at: (l.arrivedAt ?? l.departedAt)?.getTime() ?? NaN }));
  if (f.from.size > 0 && !(j.legs[0]?.from && f.from.has(j.legs[0].from.id))) return false;
  const entry = f.through.size === 0 ? -1 : places.findIndex((p) => p.id && f.through.has(p.id));
  if (f.through.size > 0 && entry < 0) return false;
  const entered = j.legs[Math.max(entry, 0)]?.departedAt?.getTime() ?? NaN;
  if ((f.window.from !== null && !(entered >= f.window.from)) || (f.window.to !== null && !(entered <= f.window.to))) return false;
  if (f.to.size === 0) return true;
  const start = entry >= 0 ? places[entry]!.at : (j.departedAt?.getTime() ?? NaN);
  return places.slice(entry + 1).some((p) => p.id && f.to.has(p.id) && p.at - start <= f.withinMs);
}

export async function travelRoutes(ctx: Context, a: RouteArgs): Promise<RoutePatternConnectionModel> {
  const page = parsePage(a.first, a.after);
  const view = viewOf(a.asOf);
  const window = windowParams(a.between);
  const gap = boundedInt(a.maxGapHours, DEFAULT_GAP_HOURS, 1, 720, 'maxGapHours');
  const withinDays = boundedInt(a.withinDays, 365, 1, 3650, 'withinDays');
  const minTravellers = boundedInt(a.minTravellers, 1, 1, 10_000, 'minTravellers');
  for (const id of [...(a.through ?? []), ...(a.from ?? []), ...(a.to ?? [])]) checkId(id, 'through/from/to');
  const [through, from, to] = (await Promise.all([a.through, a.from, a.to].map((ids) => placesWithin(ctx, ids ?? [], view)))) as [
    Set<string>,
    Set<string>,
    Set<string>,
  ];
  const anchors = [...(through.size ? through : to.size ? to : from)];
  if (anchors.length === 0) throw badInput('give at least one of `through`, `to` or `from` (visible locations)', 'through');
  const toPlaces = through.size > 0 && to.size > 0 ? [...to] : null;
  const rows = await ctx.graph.read(ROUTE_CANDIDATES, {
    anchors,
    toPlaces,
    withinSeconds: int(withinDays * 86_400),
    ...window,
    ...viewParams(view),
    max: int(MAX_ROUTE_TRAVELLERS + 1),
  });
  if (rows.length > MAX_ROUTE_TRAVELLERS) throw skeinError(ErrorCode.LIMIT_EXCEEDED, `more than ${MAX_ROUTE_TRAVELLERS} travellers match; narrow \`between\``);
  const candidates = rows.map((r) => ({ person: String(r.pid), legs: r.legs as CandidateLeg[] }));
  const placeIds = [...new Set(candidates.flatMap((c) => c.legs.flatMap((l) => [l[3], l[4]])).filter((id): id is string => !!id))];
  const [places, place] = await Promise.all([placesById(ctx, placeIds, view), placeEquivalence(ctx, placeIds, view)]);
  const bound = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : null);
  const filter: JourneyFilter = { through, from, to, withinMs: withinDays * 86_400_000, window: { from: bound(a.between?.from), to: bound(a.between?.to) } };
  const matched: RouteMatch[] = [];
  for (const c of candidates) {
    const legs = c.legs.map((l) => routeLeg(l, places));
    for (const journey of chainJourneys(legs, gap, place)) if (matchJourney(journey, filter)) matched.push({ person: c.person, journey });
  }
  // As read before records were read lazily: every traveller the answer counts is on record as read.
  ctx.audit.add(new Set(matched.map((m) => m.person)));
  const answer = new RouteAnswer(ctx, view);
  const kept = group(matched, answer).filter((p) => p.travellerCount >= minTravellers);
  const connection = pageOf(kept, page);
  answer.people = [...new Set(connection.edges.flatMap((e) => e.node.matches.map((m) => m.person)))];
  return connection;
}

/** [leg id, departed epoch ms, arrived epoch ms, from id, to id], as ROUTE_CANDIDATES returns it. */
type CandidateLeg = [string, number | null, number | null, string | null, string | null];

function routeLeg([id, departed, arrived, f, d]: CandidateLeg, places: Map<string, EntityModel>): RouteLeg {
  return {
    id,
    from: (f && places.get(f)) || null,
    to: (d && places.get(d)) || null,
    departedAt: departed === null ? null : new Date(departed),
    arrivedAt: arrived === null ? null : new Date(arrived),
  };
}

/**
 * The flags of the travellers on the answer's page, read once (one statement for every pattern of the
 * page) and only if a selected field asks: they walk two hops around each traveller.
 */
class RouteAnswer implements RouteAnswerModel {
  people: string[] = [];
  private read: Promise<Map<string, { nearRecruiter: boolean; nearWatchlist: boolean }>> | undefined;

  constructor(
    private readonly ctx: Context,
    readonly view: View,
  ) {}

  flags(): Promise<Map<string, { nearRecruiter: boolean; nearWatchlist: boolean }>> {
    this.read ??= (async () => {
      const out = new Map<string, { nearRecruiter: boolean; nearWatchlist: boolean }>();
      if (this.people.length === 0) return out;
      for (const r of await this.ctx.graph.read(NEAR_FLAGS, { people: this.people, ...viewParams(this.view) })) {
        out.set(String(r.pid), { nearRecruiter: r.nearRecruiter === true, nearWatchlist: r.nearWatchlist === true });
      }
      return out;
    })();
    return this.read;
  }
}

function group(matched: RouteMatch[], answer: RouteAnswer): RoutePatternModel[] {
  const byRoute = new Map<string, RouteMatch[]>();
  for (const m of matched) {
    if (m.journey.route.length === 0) continue;
    const key = routeKey(m.journey.route);
    const list = byRoute.get(key);
    if (list) list.push(m);
    else byRoute.set(key, [m]);
  }
  return [...byRoute.entries()]
    .map(([key, matches]) => ({ key, pattern: pattern(matches, answer) }))
    .sort((x, y) => y.pattern.travellerCount - x.pattern.travellerCount || byCodeUnit(x.key, y.key))
    .map((p) => p.pattern);
}

const routeKey = (route: EntityModel[]) => route.map((l) => l.id).join('>');
const departed = (m: RouteMatch) => m.journey.departedAt?.getTime() ?? 0;

function pattern(matches: RouteMatch[], answer: RouteAnswer): RoutePatternModel {
  matches.sort((a, b) => departed(a) - departed(b) || byCodeUnit(a.person, b.person));
  const times = matches.map((m) => m.journey.departedAt).filter((d): d is Date => !!d);
  return {
    route: matches[0]!.journey.route,
    travellerCount: new Set(matches.map((m) => m.person)).size,
    matches,
    firstDeparted: times[0] ?? null,
    lastDeparted: times[times.length - 1] ?? null,
    answer,
  };
}

/** How many of the pattern's distinct travellers are near a recruiter and near a watchlist. */
export async function linkedCounts(p: RoutePatternModel): Promise<{ recruiter: number; watchlist: number }> {
  const flags = await p.answer.flags();
  const people = [...new Set(p.matches.map((m) => m.person))];
  return {
    recruiter: people.filter((id) => flags.get(id)?.nearRecruiter).length,
    watchlist: people.filter((id) => flags.get(id)?.nearWatchlist).length,
  };
}

/**
 * The first 50 matched journeys with their people's and legs' records, read now by id in one batch
 * for every pattern of the page (the loader re-applies the rule; a record gone since is left out).
 */
export async function routeTravellers(ctx: Context, p: RoutePatternModel): Promise<RouteTravellerModel[]> {
  const shown = p.matches.slice(0, TRAVELLERS_SHOWN);
  const loader = ctx.records.byIdAt(p.answer.view);
  const [people, legs] = await Promise.all([
    loadAll(loader, [...new Set(shown.map((m) => m.person))]),
    loadAll(loader, [...new Set(shown.flatMap((m) => m.journey.legs.map((l) => l.id)))]),
  ]);
  const records = new Map([...people, ...legs].filter((e): e is EntityModel => !!e).map((e) => [e.id, e]));
  const out: RouteTravellerModel[] = [];
  for (const m of shown) {
    const person = records.get(m.person);
    const travels = m.journey.legs.map((l) => records.get(l.id));
    if (!person || travels.some((t) => !t)) continue;
    const journey = { ...m.journey, legs: m.journey.legs.map((l, i) => ({ travel: travels[i]!, from: l.from, to: l.to, departedAt: l.departedAt, arrivedAt: l.arrivedAt })) };
    out.push({ person, journey, answer: p.answer });
  }
  return out;
}
