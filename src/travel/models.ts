// Service-layer models for journeys, route patterns, co-travellers and timelines (codegen mappers).
import type { EntityModel, LinkModel, PageInfoModel } from '../records/models.js';

/** One visible leg with its visible ends (a hidden FROM/TO leaves that end null). */
export interface LegModel {
  travel: EntityModel;
  from: EntityModel | null;
  to: EntityModel | null;
  departedAt: Date | null;
  arrivedAt: Date | null;
}

export interface JourneyModel {
  legs: LegModel[];
  route: EntityModel[];
  departedAt: Date | null;
  arrivedAt: Date | null;
}

export interface RouteTravellerModel {
  person: EntityModel;
  journey: JourneyModel;
  nearRecruiter: boolean;
  nearWatchlist: boolean;
}

export interface RoutePatternModel {
  route: EntityModel[];
  travellerCount: number;
  travellers: RouteTravellerModel[];
  linkedToRecruiter: number;
  linkedToWatchlist: number;
  firstDeparted: Date | null;
  lastDeparted: Date | null;
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
