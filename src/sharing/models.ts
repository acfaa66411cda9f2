// Sharing governance as the service layer hands it to resolvers (codegen mappers point here).
import type { Marking } from '../model/graphModel.js';
import type { ConnectionModel, EntityModel } from '../records/models.js';

export interface AgreementTermsModel {
  upTo: Marking;
  hitNotification: boolean;
  expiresAt: Date | null;
  purpose: string | null;
}

export interface AgreementChangeModel {
  at: Date;
  by: string;
  from: string;
  to: string;
  before: AgreementTermsModel | null;
  after: AgreementTermsModel | null;
}

export type AccessRequestStatus = 'PENDING' | 'RELEASED' | 'DECLINED';

export interface AccessRequestModel {
  id: string;
  requester: string;
  holder: string;
  reference: string;
  reason: string;
  status: AccessRequestStatus;
  createdAt: Date;
  decidedAt: Date | null;
  declineReason: string | null;
  releaseId: string | null;
}

export interface ReleaseModel {
  id: string;
  holder: string;
  agency: string;
  recordId: string;
  recordIds: string[];
  marking: Marking;
  releasedAt: Date;
  until: Date;
  revokedAt: Date | null;
}

export interface TombstoneModel {
  id: string;
  type: string;
  source: string;
  erasedAt: Date;
  reason: string;
  contentHash: string;
}

export interface PreviewCountModel {
  type: string;
  marking: Marking;
  now: number;
  after: number;
}

export interface PreviewRecordModel {
  id: string;
  type: string;
  marking: Marking;
}

export interface PreviewRecordsModel {
  count: number;
  sample: PreviewRecordModel[];
}

export interface AgreementPreviewModel {
  to: string;
  current: AgreementTermsModel | null;
  proposed: AgreementTermsModel;
  records: PreviewCountModel[];
  links: PreviewCountModel[];
  newlyVisible: PreviewRecordsModel;
  newInNeighbourhoods: PreviewRecordsModel;
  screening: { newlyScreenable: number; hitNoticesNow: number; hitNoticesAfter: number };
}

export interface RetentionTermsModel {
  reviewPeriodDays: number;
  reviewGraceDays: number;
}

export interface RetentionChangeModel {
  at: Date;
  by: string;
  agency: string;
  before: RetentionTermsModel;
  after: RetentionTermsModel;
}

export interface ReviewDueEdgeModel {
  cursor: string;
  node: EntityModel;
  reviewedAt: Date;
  dueAt: Date;
  hiddenFromOthersAt: Date;
}

export interface ReviewDueConnectionModel {
  edges: ReviewDueEdgeModel[];
  totalCount: number;
  pageInfo: ConnectionModel['pageInfo'];
}
