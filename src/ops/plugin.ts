// Apollo plugin for operations: names the request for metrics, traces and logs, hands back bookmarks.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { currentRequest } from './scope.js';
import { annotateOperation } from './tracing.js';

/** Header carrying a write's bookmarks to the client, which may send them back (see scope.ts). */
export const BOOKMARKS_HEADER = 'x-skein-bookmarks';

export function opsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const scope = currentRequest();
          if (!scope || !operation) return;
          scope.operation = { name: operationName ?? 'anonymous', type: operation.operation, rootFields: rootFieldsOf(operation) };
          annotateOperation(operationName, operation.operation, scope.requestId);
        },
        async willSendResponse({ response, operation, operationName }) {
          const scope = currentRequest();
          if (!scope) return;
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

/** Wraps formatError so every error a client sees names the request it can quote to us. */
export function withRequestId(format: (f: GraphQLFormattedError, e: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    const requestId = currentRequest()?.requestId;
    return requestId ? { ...out, extensions: { ...out.extensions, requestId } } : out;
  };
}
