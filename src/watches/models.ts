// Service-layer shapes of watches and alerts (codegen maps the GraphQL types to these).
import type { RelationshipType } from '../model/graphModel.js';
import type { EntityModel } from '../records/models.js';

export type WatchKind = 'NETWORK' | 'PERSON' | 'WATCHLIST' | 'TRAVEL' | 'ROUTE';

/** The journey pattern of a ROUTE watch (travelRoutes' arguments). */
export interface RouteWatchModel {
  through: string[];
  from: string[];
  to: string[];
  maxGapHours: number;
  withinDays: number;
}

export interface WatchModel {
  id: string;
  agency: string;
  name: string;
  kind: WatchKind;
  owner: string;
  seeds: string[];
  depth: number | null;
  types: RelationshipType[] | null;
  paused: boolean;
  expiresAt: string | null;
  createdAt: string;
  refreshedAt: string;
  coverage: number;
  route: RouteWatchModel | null;
  /** The outbox head when the watch was created: it matches only later changes (not in the schema). */
  createdSeq: number;
}

export interface AlertModel {
  cursor: string;
  watch: WatchModel;
  change: string;
  at: string;
  recordIds: string[];
  /** The records involved: changed records and both ends of changed links. */
  nodeIds: string[];
  /** Live alerts carry their records, read with the alert's own view (the feed resolves them per request). */
  records?: EntityModel[];
}

export interface AlertFeedModel {
  alerts: AlertModel[];
  cursor: string;
  hasMore: boolean;
}
