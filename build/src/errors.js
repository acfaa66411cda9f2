import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR"
};
const HTTP_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429
};
function skeinError(code, message, extra = {}) {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...status ? { http: { status } } : {} }
  });
}
const badInput = (message, argument) => skeinError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
const unauthenticated = (message = "a valid bearer token is required") => skeinError(ErrorCode.UNAUTHENTICATED, message);
const forbidden = (message) => skeinError(ErrorCode.FORBIDDEN, message);
const SAFE_CODES = /* @__PURE__ */ new Set([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED"
]);
function formatError(formatted, error) {
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const original = unwrapResolverError(error);
  const ours = original?.extensions?.code === code || !(original instanceof Error);
  if (SAFE_CODES.has(code) && ours) {
    const { stacktrace: _drop, exception: _drop2, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: "Internal server error",
    ...formatted.locations ? { locations: formatted.locations } : {},
    ...formatted.path ? { path: formatted.path } : {},
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR }
  };
}
const SUGGESTION = /\s*Did you mean\b[\s\S]*$/;
function withoutSuggestions(format) {
  return (formatted, error) => {
    const out = format(formatted, error);
    return SUGGESTION.test(out.message) ? { ...out, message: out.message.replace(SUGGESTION, "") } : out;
  };
}
export {
  ErrorCode,
  badInput,
  forbidden,
  formatError,
  skeinError,
  unauthenticated,
  withoutSuggestions
};
