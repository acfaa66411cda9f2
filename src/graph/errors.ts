// Maps Neo4j driver failures to coded GraphQL errors, without ever passing on the driver's text.
import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { ErrorCode, skeinError } from '../errors.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function mapDriverError(err: unknown): Error {
  if (err instanceof GraphQLError) return err;
  if (!(err instanceof Neo4jError)) return err instanceof Error ? err : new Error(String(err));
  const code = err.code ?? '';
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.General')) {
    return withCause(skeinError(ErrorCode.SERVICE_UNAVAILABLE, 'the graph database is unavailable; try again shortly'), err);
  }
  if (code.includes('TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return withCause(skeinError(ErrorCode.QUERY_TIMEOUT, 'the query took too long and was stopped; narrow it down'), err);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return withCause(skeinError(ErrorCode.CONFLICT, 'the write conflicts with an existing record'), err);
  }
  return err; // unexpected: formatError masks it, the log keeps it
}

// Keep the driver error for our logs; formatError never serialises `originalError`.
function withCause(e: GraphQLError, cause: Error): GraphQLError {
  Object.defineProperty(e, 'cause', { value: cause, enumerable: false });
  return e;
}
