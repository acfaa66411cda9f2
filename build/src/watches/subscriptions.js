import { randomUUID } from "node:crypto";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { createRequire } from "node:module";
import { createContext } from "../context.js";
import { OutboxWatcher, SharedReads } from "./stream.js";
function tokenOf(params) {
  const raw = params?.authorization ?? params?.Authorization;
  if (typeof raw !== "string") return void 0;
  const m = /^Bearer\s+(\S+)$/i.exec(raw.trim());
  return m?.[1];
}
const { GraphQLError, parse, validate, specifiedRules } = createRequire(import.meta.url)("graphql");
const refusal = (message, code) => [new GraphQLError(message, { extensions: { code } })];
function attachSubscriptions(server, deps) {
  const wss = new WebSocketServer({ server, path: "/graphql" });
  const watcher = new OutboxWatcher(deps.executor, deps.pollMs);
  const shared = new SharedReads();
  const cleanup = useServer(
    {
      schema: deps.schema,
      onConnect: async (ctx) => {
        const refuse = (err) => {
          const code = err?.extensions?.code;
          const address = ctx.extra.request.socket.remoteAddress ?? "unknown";
          deps.auditLog.refusal({ requestId: randomUUID(), address, reason: typeof code === "string" ? code : "UNAUTHENTICATED", operation: null });
          return false;
        };
        const token = tokenOf(ctx.connectionParams);
        if (!token) return refuse();
        try {
          const viewer = await deps.verify(token);
          await createContext(deps.executor, viewer, randomUUID(), deps.settings).admit();
          ctx.extra.viewer = viewer;
          return true;
        } catch (err) {
          return refuse(err);
        }
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: 2e3 });
        } catch (err) {
          return refusal(err instanceof GraphQLError ? err.message : "the operation does not parse", "GRAPHQL_PARSE_FAILED");
        }
        const errors = validate(deps.schema, document, [...specifiedRules, ...deps.validationRules]);
        if (errors.length) return errors.map((e) => new GraphQLError(e.message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
        const ops = document.definitions.filter((d) => d.kind === "OperationDefinition");
        if (ops.some((d) => d.kind === "OperationDefinition" && d.operation !== "subscription")) {
          return refusal("only subscriptions are served over WebSocket; send queries and mutations over HTTP", "BAD_REQUEST");
        }
        return void 0;
      },
      context: (ctx) => {
        const viewer = ctx.extra.viewer;
        const fresh = () => createContext(deps.executor, viewer, randomUUID(), deps.settings);
        const context = fresh();
        context.live = {
          watcher,
          shared,
          freshContext: fresh,
          delivered: (c, ids) => deps.auditLog.write({
            requestId: c.requestId,
            subject: viewer.subject,
            agency: viewer.agency,
            role: viewer.role,
            operation: "subscription alerts",
            recordIds: ids,
            errors: []
          })
        };
        return context;
      }
    },
    wss
  );
  return {
    async close() {
      watcher.stop();
      await cleanup.dispose();
      await new Promise((resolve) => wss.close(() => resolve()));
    }
  };
}
export {
  attachSubscriptions
};
