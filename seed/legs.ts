// One travel leg as records: the Travel node and its MADE, FROM, TO and USED edges.
import { MARKINGS, type Marking } from '../src/model/graphModel.js';
import type { TravelProperties } from '../src/model/properties.js';
import { SHORT, type AgencyCode } from './agencies.js';
import type { WorldBuilder } from './builder.js';
import type { PersonRef } from './people.js';
import { COACHES, flightsBetween, pickService, type Service } from './routes.js';
import { addMinutes, at } from './random.js';

export interface LegTemplate {
  from: string;
  to: string;
  mode: TravelProperties['mode'];
  departedAt: string;
  arrivedAt: string;
  carrier?: string;
  flightNumber?: string;
  source: AgencyCode;
  marking: Marking;
  confidence: number;
  /** Border-relevant legs record the passport shown. */
  usesPassport: boolean;
}

type LegFields = Pick<LegTemplate, 'from' | 'to' | 'mode' | 'departedAt' | 'arrivedAt' | 'carrier' | 'flightNumber'>;

/** First departure of a daily service at least `gapMinutes` after `after`. */
export function nextDeparture(after: string, clock: string, gapMinutes: number): string {
  let candidate = at(after, clock);
  const earliest = addMinutes(after, gapMinutes);
  while (candidate < earliest) candidate = addMinutes(candidate, 1440);
  return candidate;
}

function fromService(from: string, to: string, mode: LegFields['mode'], s: Service, after: string, gap: number): LegFields {
  const departedAt = nextDeparture(after, s.clock, gap);
  return { from, to, mode, departedAt, arrivedAt: addMinutes(departedAt, s.minutes), carrier: s.carrier, flightNumber: s.code };
}

export function flight(b: WorldBuilder, from: string, to: string, after: string, gap = 120): LegFields {
  const s = pickService(b.rng, flightsBetween(from, to));
  if (!s) throw new Error(`no flight ${from} → ${to}`);
  return fromService(from, to, 'AIR', s, after, gap);
}

/** Coach between two cities (`loc-<slug>`); falls back to an unscheduled road trip. */
export function coach(b: WorldBuilder, from: string, to: string, after: string, gap = 60): LegFields {
  const s = pickService(b.rng, COACHES[`${from.replace('loc-', '')}>${to.replace('loc-', '')}`] ?? []);
  if (s) return fromService(from, to, 'LAND', s, after, gap);
  const departedAt = addMinutes(after, gap + b.rng.int(0, 600));
  return { from, to, mode: 'LAND', departedAt, arrivedAt: addMinutes(departedAt, b.rng.int(60, 240)) };
}

/** Pinning a person to a leg is often more sensitive than the leg itself. */
function stricter(b: WorldBuilder, m: Marking): Marking {
  const i = MARKINGS.indexOf(m);
  return b.rng.chance(0.15) && i < MARKINGS.length - 1 ? (MARKINGS[i + 1] as Marking) : m;
}

/** Adds one person's copy of a leg; co-travellers each get their own Travel node with the same flight. */
export function addLeg(b: WorldBuilder, person: PersonRef, leg: LegTemplate, passport?: string): string {
  const id = b.nextId(`trv-${SHORT[leg.source]}`);
  const base = {
    source: leg.source, marking: leg.marking, at: leg.arrivedAt, validFrom: leg.departedAt, validTo: leg.arrivedAt,
    confidence: leg.confidence,
  };
  const prov = b.provenance({ ...base, lag: leg.source === 'TR-INTEL' ? [1, 45] : [2, 120] });
  const shared = { ...base, reportedAt: prov.reportedAt, sourceRef: prov.sourceRef ?? undefined };
  b.node('Travel', id, {
    mode: leg.mode, departedAt: leg.departedAt, arrivedAt: leg.arrivedAt, carrier: leg.carrier, flightNumber: leg.flightNumber,
  }, shared);
  b.rel('MADE', person.id, id, {}, { ...shared, marking: stricter(b, leg.marking) });
  b.rel('FROM', id, leg.from, {}, shared);
  b.rel('TO', id, leg.to, {}, shared);
  if (passport && leg.usesPassport) b.rel('USED', id, passport, {}, shared);
  return id;
}
