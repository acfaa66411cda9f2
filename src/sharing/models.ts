// Sharing governance as the service layer hands it to resolvers (codegen mappers point here).
import type { Marking } from '../model/graphModel.js';

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
