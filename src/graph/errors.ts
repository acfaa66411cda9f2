// Maps Neo4j driver failures to coded GraphQL errors, without ever passing on the driver's text.
import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { ErrorCode, skeinError } from '../errors.js';

// Connection-level failures; every Neo.TransientError.* (the driver already retried those) joins them.
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
// The driver raises these without a status code: no pooled connection came free (or could be opened) in time.
const POOL_TIMEOUT = /^Connection acquisition timed out/;
const BAD_BOOKMARK = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);

export function mapDriverError(err: unknown): Error {
  if (err instanceof GraphQLError) return err;
  if (!(err instanceof Neo4jError)) return err instanceof Error ? err : new Error(String(err));
  const code = err.code ?? '';
  if (code.includes('TransactionTimedOut')) {
    return withCause(skeinError(ErrorCode.QUERY_TIMEOUT, 'the query took too long and was stopped; narrow it down'), err);
  }
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.') || POOL_TIMEOUT.test(err.message)) {
    return withCause(serviceUnavailable(), err);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return withCause(skeinError(ErrorCode.CONFLICT, 'the write conflicts with an existing record'), err);
  }
  if (BAD_BOOKMARK.has(code)) {
    return withCause(skeinError(ErrorCode.BAD_USER_INPUT, 'the x-skein-bookmarks header does not name a known transaction'), err);
  }
  return err; // unexpected: formatError masks it, the log keeps it
}

export const serviceUnavailable = (): GraphQLError =>
  skeinError(ErrorCode.SERVICE_UNAVAILABLE, 'the graph database is unavailable; try again shortly');

/** The request's own time budget ran out while it waited on the database. */
export const requestTimedOut = (): GraphQLError =>
  skeinError(ErrorCode.QUERY_TIMEOUT, 'the request ran out of time waiting for the graph database; try again or narrow it down');

// Keep the driver error for our logs; formatError never serialises `originalError`.
function withCause(e: GraphQLError, cause: Error): GraphQLError {
  Object.defineProperty(e, 'cause', { value: cause, enumerable: false });
  return e;
}
