// createServer(): the Apollo server with limits, error masking, auditing and ops hooks; reused by tests.
import { fromRoot } from './projectRoot.js';
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Config } from './config.js';
import type { Context } from './context.js';
import type { AuditLog } from './audit/auditLog.js';
import type { Logger } from './logger.js';
import { formatError, withoutSuggestions } from './errors.js';
import { resolvers } from './resolvers.js';
import { opsPlugin } from './ops/plugin.js';

export const typeDefs = readFileSync(fromRoot('schema.graphql'), 'utf8');

/** One executable schema for HTTP (Apollo) and WebSocket (graphql-ws) alike. */
export const schema: GraphQLSchema = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });

export interface ServerDeps {
  config: Pick<Config, 'mode' | 'limits'>;
  logger: Logger;
  auditLog: AuditLog;
}

/** The depth, alias, cost and directive limits, shared by HTTP and WebSocket operations. */
export function limitRules(deps: Pick<ServerDeps, 'config'>) {
  const production = deps.config.mode === 'production';
  const { limits } = deps.config;
  const armor = new ApolloArmor({
    // Every level and every alias counts, introspection and __typename included: both are as cheap to
    // repeat as any field. (The explorer gets the schema embedded in its page, not by introspection.)
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false },
    maxAliases: { n: limits.maxAliases, allowList: [] },
    costLimit: { maxCost: limits.maxCost },
    // graphql-js enforces the token limit while parsing (parseOptions below), with a proper parse error.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  });
  return armor.protect();
}

/**
 * How every error reaches a client, over HTTP (Apollo's formatError) and WebSocket (watches/subscriptions.ts):
 * uncoded errors masked, and in production no "Did you mean …" naming schema members.
 */
export function errorFormatter(config: Pick<Config, 'mode'>): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return config.mode === 'production' ? withoutSuggestions(formatError) : formatError;
}

export function createServer(deps: ServerDeps): ApolloServer<Context> {
  const production = deps.config.mode === 'production';
  const { limits } = deps.config;
  const protection = limitRules(deps);
  // Armor is typed against Apollo's CommonJS build; the plugin objects are the same at runtime.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<Context>[];
  return new ApolloServer<Context>({
    schema,
    introspection: !production,
    // The process owns its signals (main.ts): Apollo's own handlers, installed unless NODE_ENV=test,
    // would stop it a second time and make production behave unlike every test.
    stopOnTerminationSignals: false,
    // A bearer header is not CORS-safelisted, so a request carrying one was preflighted: GET queries with it are safe
    // (urql sends queries as GET by default). Without one, Apollo's own preflight headers are still required.
    csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: errorFormatter(deps.config),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...protection.validationRules, knownOperationTypes],
    // Apollo's default cache-control plugin hooks every field of every answer (willResolveField) to
    // collect cache hints this schema never gives, only to send `no-store`: noStorePlugin sends it.
    plugins: [admissionPlugin, ...armorPlugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), noStorePlugin, auditPlugin(deps), opsPlugin<Context>()],
  });
}

/**
 * Before any resolver, on every path (HTTP, executeOperation, queries and mutations alike): the
 * viewer's agency must be registered. Node-only writes never read the ACL map, so without this an
 * unregistered agency could write records. Also ends the request's read transaction.
 */
const admissionPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    // willSendResponse below ends the request's read transaction: until then it stays open.
    contextValue.endsWithResponse();
    return {
      async didResolveOperation({ contextValue }) {
        await contextValue.admit();
      },
      // The request's one read transaction commits once the answer is complete, off the answer's path:
      // it was read-only, so its COMMIT cannot change what was answered (retire() in requestTx.ts),
      // and the client need not wait a round trip for it.
      async willSendResponse({ contextValue }) {
        void contextValue.end();
      },
    };
  },
};

/** No answer may be kept by a browser or proxy cache: every one is for its viewer only. */
const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

// Every operation, answered or refused, leaves one audit line; unexpected errors are logged in full.
function auditPlugin({ auditLog, logger }: ServerDeps): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const code = e.extensions?.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR') {
              logger.error({ err: e.originalError ?? e, requestId: contextValue.requestId }, 'unexpected error');
            }
          }
        },
        async willSendResponse({ contextValue, operation, operationName, errors }) {
          const { viewer } = contextValue;
          if (!viewer) return;
          auditLog.write({
            requestId: contextValue.requestId,
            subject: viewer.subject,
            agency: viewer.agency,
            role: viewer.role,
            operation: `${operation?.operation ?? 'unknown'} ${operationName ?? ''}`.trim(),
            recordIds: contextValue.audit.recordIds(),
            errors: (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
          });
        },
      };
    },
  };
}

/**
 * graphql 16 only finds out at execution that the schema has no root type for an operation, and says
 * so with an uncoded error; refuse it at validation, as graphql 17 does. Subscriptions live on the
 * WebSocket side (watches/subscriptions.ts): over HTTP they are refused the same way.
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP', { nodes: node }));
    } else if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`this API has no ${node.operation} operations`, { nodes: node }));
    }
  },
});
