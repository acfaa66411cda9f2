import { randomUUID } from "node:crypto";
import express, {} from "express";
import { expressMiddleware } from "@as-integrations/express5";
import { createContext } from "./context.js";
import { bearerToken } from "./auth/tokens.js";
import { unauthenticated } from "./errors.js";
import { explorerRouter } from "./explorer/explorer.js";
import { typeDefs } from "./server.js";
import { viewerRouter } from "./viewer/viewer.js";
import { DEFAULT_OPS, Ops } from "./ops/ops.js";
const READY_TIMEOUT_MS = 3e3;
function createHttpApp(deps) {
  const ops = deps.ops ?? new Ops({ ...DEFAULT_OPS, maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_OPS.maxBodyBytes });
  ops.instrument(deps.executor);
  const app = express();
  app.disable("x-powered-by");
  ops.mount(app);
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.get("/readyz", async (_req, res) => {
    const ok = await withTimeout(deps.ready(), READY_TIMEOUT_MS);
    res.status(ok ? 200 : 503).json({ status: ok ? "ready" : "unavailable" });
  });
  if (deps.explorerHeaders) {
    app.use("/graphiql", explorerRouter(deps.explorerHeaders, typeDefs));
    app.use("/viewer", viewerRouter(deps.explorerHeaders));
    app.get("/graphql", (req, res, next) => req.accepts(["json", "html"]) === "html" ? res.redirect("/graphiql") : next());
  }
  app.use(
    "/graphql",
    ...ops.graphqlGuards(),
    expressMiddleware(deps.apollo, {
      context: async ({ req, res }) => {
        try {
          const token = bearerToken(req.get("authorization"));
          if (!token) throw unauthenticated();
          const viewer = await deps.verify(token);
          ops.admit(viewer, res);
          const context = createContext(deps.executor, viewer, ops.requestId(res) ?? randomUUID(), deps.settings);
          await context.admit();
          return context;
        } catch (err) {
          ops.recordRefusal(err);
          auditRefusal(deps, req, ops.requestId(res), codeOf(err));
          throw err;
        }
      }
    }),
    auditRefusals(deps, ops),
    ops.errorHandler()
  );
  return app;
}
const codeOf = (err) => String(err.extensions?.code ?? "INTERNAL_SERVER_ERROR");
const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]{0,99})/;
function auditRefusal(deps, req, requestId, reason) {
  const body = req.body ?? {};
  const named = typeof body.operationName === "string" ? body.operationName.slice(0, 100) : void 0;
  const parsed = typeof body.query === "string" ? OPERATION_NAME.exec(body.query.slice(0, 1e3))?.[1] : void 0;
  deps.auditLog?.refusal({ requestId: requestId ?? "none", address: req.ip ?? req.socket.remoteAddress ?? "unknown", reason, operation: named ?? parsed ?? null });
}
function auditRefusals(deps, ops) {
  return (err, req, res, next) => {
    const refusal = err;
    const reason = typeof refusal.code === "string" ? refusal.code : typeof refusal.type === "string" ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
    if (!res.headersSent) auditRefusal(deps, req, ops.requestId(res), reason);
    next(err);
  };
}
function withTimeout(check, ms) {
  let timer;
  const late = new Promise((resolve) => timer = setTimeout(() => resolve(false), ms));
  return Promise.race([check.catch(() => false), late]).finally(() => clearTimeout(timer));
}
export {
  createHttpApp
};
