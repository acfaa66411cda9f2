// An agency's retention terms: how long a record stays current without review, and how long after that
// it still shows to other agencies. Pure rules, shared by the ACL view (auth/aclFor.ts) and the API.
import { badInput } from '../errors.js';

/** Europol's figure: stored personal data is reviewed at least every three years. */
export const DEFAULT_REVIEW_PERIOD_DAYS = 1095;
/** Time the owner has after a review falls due before other agencies stop seeing the record. */
export const DEFAULT_GRACE_DAYS = 90;

const MAX_PERIOD_DAYS = 3650;
const MAX_GRACE_DAYS = 365;

export interface RetentionTerms {
  reviewPeriodDays: number;
  reviewGraceDays: number;
}

/** Bad terms are refused in plain words before anything is written. */
export function checkRetention(terms: RetentionTerms): RetentionTerms {
  const { reviewPeriodDays, reviewGraceDays } = terms;
  if (!Number.isInteger(reviewPeriodDays) || reviewPeriodDays < 1 || reviewPeriodDays > MAX_PERIOD_DAYS) {
    throw badInput(`\`reviewPeriodDays\` must be a whole number of days between 1 and ${MAX_PERIOD_DAYS}`, 'reviewPeriodDays');
  }
  if (!Number.isInteger(reviewGraceDays) || reviewGraceDays < 0 || reviewGraceDays > MAX_GRACE_DAYS) {
    throw badInput(`\`reviewGraceDays\` must be a whole number of days between 0 and ${MAX_GRACE_DAYS}`, 'reviewGraceDays');
  }
  return { reviewPeriodDays, reviewGraceDays };
}
