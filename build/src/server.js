import { fromRoot } from "./projectRoot.js";
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError } from "graphql";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { formatError, withoutSuggestions } from "./errors.js";
import { resolvers } from "./resolvers.js";
import { opsPlugin, withRequestId } from "./ops/plugin.js";
const typeDefs = readFileSync(fromRoot("schema.graphql"), "utf8");
const schema = makeExecutableSchema({ typeDefs, resolvers });
function limitRules(deps) {
  const production = deps.config.mode === "production";
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
    blockFieldSuggestion: { enabled: production }
  });
  return armor.protect();
}
function createServer(deps) {
  const production = deps.config.mode === "production";
  const { limits } = deps.config;
  const protection = limitRules(deps);
  const armorPlugins = protection.plugins;
  return new ApolloServer({
    schema,
    introspection: !production,
    // The process owns its signals (main.ts): Apollo's own handlers, installed unless NODE_ENV=test,
    // would stop it a second time and make production behave unlike every test.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: withRequestId(production ? withoutSuggestions(formatError) : formatError),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...protection.validationRules, knownOperationTypes],
    plugins: [admissionPlugin, ...armorPlugins, ApolloServerPluginLandingPageDisabled(), auditPlugin(deps), opsPlugin()]
  });
}
const admissionPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue }) {
        await contextValue.admit();
      },
      // The request's one read transaction commits once the answer is complete.
      async willSendResponse({ contextValue }) {
        await contextValue.end();
      }
    };
  }
};
function auditPlugin({ auditLog, logger }) {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const code = e.extensions?.code;
            if (!code || code === "INTERNAL_SERVER_ERROR") {
              logger.error({ err: e.originalError ?? e, requestId: contextValue.requestId }, "unexpected error");
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
            operation: `${operation?.operation ?? "unknown"} ${operationName ?? ""}`.trim(),
            recordIds: contextValue.audit.recordIds(),
            errors: (errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"))
          });
        }
      };
    }
  };
}
const knownOperationTypes = (context) => ({
  OperationDefinition(node) {
    if (node.operation === "subscription") {
      context.reportError(new GraphQLError("subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP", { nodes: node }));
    } else if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`this API has no ${node.operation} operations`, { nodes: node }));
    }
  }
});
export {
  createServer,
  limitRules,
  schema,
  typeDefs
};
