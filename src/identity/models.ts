// Service-layer models for identity matches and SAME_AS decisions (codegen mappers point here).
import type { EntityModel } from '../records/models.js';
import type { MatchReason } from './score.js';

export interface IdentityMatchModel {
  person: EntityModel;
  score: number;
  reasons: MatchReason[];
}

export type DecisionKind = 'CONFIRMED' | 'REJECTED';

export interface SameAsDecisionModel {
  id: string;
  kind: DecisionKind;
  a: string;
  b: string;
  agency: string;
  decidedBy: string;
  decidedAt: Date;
  reason: string;
  active: boolean;
  retractedAt: Date | null;
  retractedBy: string | null;
  retractReason: string | null;
  /** The SAME_AS link a confirmation created (removed again on retraction). */
  sameAsId: string | null;
}
