// Service-layer models for screening and identity matches (codegen mappers point here).
import type { EntityModel } from '../records/models.js';
import type { MatchReason } from '../identity/score.js';
import type { HitNoticeModel } from './hitNotice.js';

export type { HitNoticeModel };
export type MatchReasonModel = MatchReason;

export interface NetworkContextModel {
  maxHops: number;
  recruiterDistance: number | null;
  nearestRecruiter: EntityModel | null;
  watchlistDistance: number | null;
  nearestWatchlisted: EntityModel | null;
}

export interface ScreeningCandidateModel {
  person: EntityModel;
  score: number;
  reasons: MatchReason[];
  watchlists: EntityModel[];
  network: NetworkContextModel;
}

export interface ScreeningRowModel {
  index: number;
  ref: string | null;
  candidates: ScreeningCandidateModel[];
  truncated: boolean;
  hits: HitNoticeModel[];
}

export interface ScreeningReportModel {
  threshold: number;
  rowCount: number;
  matchedRows: number;
  hitRows: number;
  rows: ScreeningRowModel[];
}
