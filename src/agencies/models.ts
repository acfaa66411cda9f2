// Agencies and sharing agreements as the service layer hands them to resolvers.
import type { Marking } from '../model/graphModel.js';

export interface AgencyModel {
  code: string;
  name: string;
  country: string;
}

export interface AgreementModel {
  from: string;
  to: string;
  upTo: Marking;
  hitNotification: boolean;
  expiresAt: Date | null;
  purpose: string | null;
}
