// Agencies and sharing agreements as the service layer hands them to resolvers.
import type { Marking } from '../model/graphModel.js';
import type { RetentionTerms } from '../sharing/retentionTerms.js';

export interface AgencyModel {
  code: string;
  name: string;
  country: string;
  /** Its retention terms (sharing/retention.ts); absent for an agency known only by its code. */
  retention?: RetentionTerms;
}

export interface AgreementModel {
  from: string;
  to: string;
  upTo: Marking;
  hitNotification: boolean;
  expiresAt: Date | null;
  purpose: string | null;
}
