// Service-layer shapes of the `ingest` mutation's report (the GraphQL types are built from these as they are).
import type { IngestErrorCode } from '../generated/graphql.js';
import type { RejectCode } from './outcomes.js';

/** Codes a mutation can report: MALFORMED (unparseable lines) and DATABASE (bisected failures) are CLI-only. */
export type MutationRejectCode = Exclude<RejectCode, 'MALFORMED' | 'DATABASE'>;

// The schema's IngestErrorCode enum and our codes must name the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const codesInSync: Same<MutationRejectCode, IngestErrorCode> = true;
void codesInSync;

export interface IngestErrorModel {
  index: number;
  id: string | null;
  code: MutationRejectCode;
  field: string | null;
  message: string;
}

export interface IngestSummaryModel {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  retracted: number;
  erased: number;
  rejected: number;
}

export interface IngestReportModel {
  dryRun: boolean;
  summary: IngestSummaryModel;
  errors: IngestErrorModel[];
}
