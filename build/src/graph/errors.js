import { Neo4jError } from "neo4j-driver";
import { GraphQLError } from "graphql";
import { ErrorCode, skeinError } from "../errors.js";
const UNAVAILABLE = /* @__PURE__ */ new Set(["ServiceUnavailable", "SessionExpired"]);
const POOL_TIMEOUT = /^Connection acquisition timed out/;
const BAD_BOOKMARK = /* @__PURE__ */ new Set(["Neo.ClientError.Transaction.InvalidBookmark", "Neo.ClientError.Transaction.InvalidBookmarkMixture"]);
function mapDriverError(err) {
  if (err instanceof GraphQLError) return err;
  if (!(err instanceof Neo4jError)) return err instanceof Error ? err : new Error(String(err));
  const code = err.code ?? "";
  if (code.includes("TransactionTimedOut")) {
    return withCause(skeinError(ErrorCode.QUERY_TIMEOUT, "the query took too long and was stopped; narrow it down"), err);
  }
  if (UNAVAILABLE.has(code) || code.startsWith("Neo.TransientError.") || POOL_TIMEOUT.test(err.message)) {
    return withCause(serviceUnavailable(), err);
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return withCause(skeinError(ErrorCode.CONFLICT, "the write conflicts with an existing record"), err);
  }
  if (BAD_BOOKMARK.has(code)) {
    return withCause(skeinError(ErrorCode.BAD_USER_INPUT, "the x-skein-bookmarks header does not name a known transaction"), err);
  }
  return err;
}
const serviceUnavailable = () => skeinError(ErrorCode.SERVICE_UNAVAILABLE, "the graph database is unavailable; try again shortly");
const requestTimedOut = () => skeinError(ErrorCode.QUERY_TIMEOUT, "the request ran out of time waiting for the graph database; try again or narrow it down");
function withCause(e, cause) {
  Object.defineProperty(e, "cause", { value: cause, enumerable: false });
  return e;
}
export {
  mapDriverError,
  requestTimedOut,
  serviceUnavailable
};
