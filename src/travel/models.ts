// Service-layer models for journeys, route patterns, co-travellers and timelines (codegen mappers).
import type { EntityModel, LinkModel, PageInfoModel } from '../records/models.js';
import type { View } from '../records/view.js';

/** What chaining and matching read of a leg: its visible ends (a hidden FROM/TO leaves that end null) and times. */
export interface LegEnds {
  from: EntityModel | null;
  to: EntityModel | null;
  departedAt: Date | null;
  arrivedAt: Date | null;
}

/** One visible leg with its record. */
export interface LegModel extends LegEnds {
  travel: EntityModel;
}

/** Legs chained into one journey; `L` is the leg as read (route patterns read ids first, records later). */
export interface Journey<L extends LegEnds> {
  legs: L[];
  route: EntityModel[];
  departedAt: Date | null;
  arrivedAt: Date | null;
}

export type JourneyModel = Journey<LegModel>;

/** A leg of a route candidate as first read: ids and times; its record is read only when shown. */
export interface RouteLeg extends LegEnds {
  id: string;
}

/** One traveller's journey that matched a route pattern, before any of its records is read. */
export interface RouteMatch {
  person: string;
  journey: Journey<RouteLeg>;
}

/**
 * What the patterns of one answer share: their travellers' near-recruiter / near-watchlist flags are
 * read once for all of them, and only when a selected field needs them (routes.ts RouteAnswer).
 */
export interface RouteAnswerModel {
  view: View;
  flags(): Promise<Map<string, { nearRecruiter: boolean; nearWatchlist: boolean }>>;
}

export interface RouteTravellerModel {
  person: EntityModel;
  journey: JourneyModel;
  answer: RouteAnswerModel;
}

export interface RoutePatternModel {
  route: EntityModel[];
  travellerCount: number;
  /** Every matched journey, earliest first; `travellers` shows the first 50 (their records read then). */
  matches: RouteMatch[];
  firstDeparted: Date | null;
  lastDeparted: Date | null;
  answer: RouteAnswerModel;
}

export interface SharedTripModel {
  mine: EntityModel;
  theirs: EntityModel;
  kind: 'FLIGHT' | 'CROSSING';
}

export interface CoTravellerModel {
  person: EntityModel;
  times: number;
  trips: SharedTripModel[];
}

export interface TimelineEventModel {
  at: Date;
  kind: 'REPORTED' | 'VALID_FROM' | 'VALID_TO' | 'DEPARTED' | 'ARRIVED' | 'LINK_STARTED' | 'LINK_ENDED';
  record: EntityModel;
  link: LinkModel | null;
}

export interface PagedModel<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoModel;
  totalCount: number;
}
export type RoutePatternConnectionModel = PagedModel<RoutePatternModel>;
export type CoTravellerConnectionModel = PagedModel<CoTravellerModel>;
export type TimelineConnectionModel = PagedModel<TimelineEventModel>;
export type RoutePatternEdgeModel = RoutePatternConnectionModel['edges'][number];
export type CoTravellerEdgeModel = CoTravellerConnectionModel['edges'][number];
export type TimelineEventEdgeModel = TimelineConnectionModel['edges'][number];
