import { Kind } from "graphql";
import { currentRequest } from "./scope.js";
import { annotateOperation } from "./tracing.js";
const BOOKMARKS_HEADER = "x-skein-bookmarks";
function opsPlugin() {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const scope = currentRequest();
          if (!scope || !operation) return;
          scope.operation = { name: operationName ?? "anonymous", type: operation.operation, rootFields: rootFieldsOf(operation) };
          annotateOperation(operationName, operation.operation, scope.requestId);
        },
        async willSendResponse({ response, operation, operationName }) {
          const scope = currentRequest();
          if (!scope) return;
          const seconds = (performance.now() - scope.startedAt) / 1e3;
          scope.metrics?.recordOperation({ name: operationName, rootFields: scope.operation?.rootFields ?? [] }, operation?.operation ?? "unknown", seconds);
          const errors = response.body.kind === "single" ? response.body.singleResult.errors ?? [] : [];
          for (const e of errors) scope.metrics?.recordError(String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          const { bookmarks, wrote } = scope.statements;
          if (wrote && bookmarks) {
            response.http.headers.set(BOOKMARKS_HEADER, [...await bookmarks.getBookmarks()].join(","));
          }
        }
      };
    }
  };
}
function rootFieldsOf(operation) {
  const names = [];
  for (const s of operation.selectionSet.selections) {
    if (s.kind === Kind.FIELD) names.push(s.name.value);
    else names.push("fragment");
  }
  return names;
}
function withRequestId(format) {
  return (formatted, error) => {
    const out = format(formatted, error);
    const requestId = currentRequest()?.requestId;
    return requestId ? { ...out, extensions: { ...out.extensions, requestId } } : out;
  };
}
export {
  BOOKMARKS_HEADER,
  opsPlugin,
  withRequestId
};
