// Apollo plugin for operations: names the request for metrics, traces and logs, hands back bookmarks.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { RequestScope } from './scope.js';
import { annotateOperation } from './tracing.js';

/** Header carrying a write's bookmarks to the client, which may send them back (see scope.ts). */
export const BOOKMARKS_HEADER = 'x-skein-bookmarks';

/** The HTTP request's scope, carried by the context (context.ts `request`); none for executeOperation. */
const scopeOf = (contextValue: object): RequestScope | undefined => (contextValue as { request?: RequestScope }).request;

export function opsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          const scope = scopeOf(contextValue);
          if (!scope || !operation) return;
          scope.operation = { name: operationName ?? 'anonymous', type: operation.operation, rootFields: rootFieldsOf(operation) };
          annotateOperation(operationName, operation.operation, scope.requestId);
        },
        async willSendResponse({ response, operation, operationName, contextValue }) {
          const scope = scopeOf(contextValue);
          if (!scope) return;
          // Every error a client sees names the request it can quote to us.
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => withRequestId(e, scope.requestId));
          }
          const seconds = (performance.now() - scope.startedAt) / 1000;
          scope.metrics?.recordOperation({ name: operationName, rootFields: scope.operation?.rootFields ?? [] }, operation?.operation ?? 'unknown', seconds);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const e of errors) scope.metrics?.recordError(String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const { bookmarks, wrote } = scope.statements;
          if (wrote && bookmarks) {
            response.http.headers.set(BOOKMARKS_HEADER, [...(await bookmarks.getBookmarks())].join(','));
          }
        },
      };
    },
  };
}

/** Schema field names (never aliases) selected at the root, fragments included; validated by now. */
function rootFieldsOf(operation: OperationDefinitionNode): string[] {
  const names: string[] = [];
  for (const s of operation.selectionSet.selections) {
    if (s.kind === Kind.FIELD) names.push(s.name.value);
    else names.push('fragment');
  }
  return names;
}

/** `error` naming the request it was answered in (extensions.requestId), unless it already does. */
export function withRequestId(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  return error.extensions?.requestId ? error : { ...error, extensions: { ...error.extensions, requestId } };
}

/**
 * A JSON answer's errors named with the request (answers Apollo gives before any plugin runs: no
 * query, a mutation sent as GET); any other body is returned as it is.
 */
export function withRequestIdIn(body: string, requestId: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.every((e: GraphQLFormattedError) => e?.extensions?.requestId)) return body;
  return JSON.stringify({ ...(parsed as object), errors: errors.map((e: GraphQLFormattedError) => withRequestId(e, requestId)) });
}
