// Domain errors as GraphQLErrors with a code, and the mask that keeps internals from clients.
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  SLOW_SUBSCRIBER: 'SLOW_SUBSCRIBER',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
};

export function skeinError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

/**
 * graphql-js's errors for a variable's value (wrong type, missing required value) carry no code; Apollo
 * codes them BAD_USER_INPUT over HTTP, and this does the same wherever Apollo is not the one executing
 * (subscriptions over WebSocket), with Apollo's own test of the message.
 */
export function withVariableErrorCode(e: GraphQLError): GraphQLError {
  const node = e.nodes?.length === 1 ? e.nodes[0] : undefined;
  if (e.extensions?.code != null || node?.kind !== Kind.VARIABLE_DEFINITION) return e;
  const v = `Variable "$${node.variable.name.value}"`;
  const ofValue = [`${v} has invalid value`, `${v} got invalid value `, `${v} of required type `, `${v} of non-null type `].some((p) => e.message.startsWith(p));
  return ofValue ? new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } }) : e;
}

export const badInput = (message: string, argument?: string) =>
  skeinError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
export const unauthenticated = (message = 'a valid bearer token is required') =>
  skeinError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => skeinError(ErrorCode.FORBIDDEN, message);

// Codes whose messages we wrote ourselves (or graphql-js wrote about the operation), safe to show.
const SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's formatError: keeps coded errors, replaces everything else (driver errors, bugs,
 * Cypher text) with a bare internal error. Stack traces never leave the process.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  // Codes are checked on the original error too: a driver or library error never carries one of ours.
  // (No instanceof: graphql's CJS and ESM builds can both be loaded, each with its own GraphQLError.)
  const original = unwrapResolverError(error) as { extensions?: { code?: unknown } } | undefined;
  const ours = original?.extensions?.code === code || !(original instanceof Error);
  if (SAFE_CODES.has(code) && ours) {
    const { stacktrace: _drop, exception: _drop2, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** graphql-js appends its suggestions as a last sentence: "Did you mean ...?". */
const SUGGESTION = /\s*Did you mean\b[\s\S]*$/;

/**
 * Production: no suggestion of any kind (fields, arguments, types, enum values), in any error. A
 * suggestion names schema members, so with introspection off it would still enumerate them.
 */
export function withoutSuggestions(format: (f: GraphQLFormattedError, e: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    return SUGGESTION.test(out.message) ? { ...out, message: out.message.replace(SUGGESTION, '') } : out;
  };
}
