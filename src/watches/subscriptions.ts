// GraphQL subscriptions over graphql-ws, on the API's own HTTP server and path (/graphql), with the
// same bearer tokens, the same validation limits as HTTP, and subscriptions only: queries and
// mutations keep going through HTTP, where rate limits and the rest of the ops layer apply.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { createRequire } from 'node:module';
import type { GraphQLError as GraphQLErrorType, GraphQLFormattedError, GraphQLSchema, ValidationRule } from 'graphql';
import { createContext, type Context, type Settings } from '../context.js';
import type { GraphExecutor } from '../graph/executor.js';
import type { VerifyToken } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import type { AuditLog } from '../audit/auditLog.js';
import { OutboxWatcher, SharedReads, wakeOnWrites } from './stream.js';
import { formatError as maskError, withVariableErrorCode } from '../errors.js';

export interface LiveDeps {
  schema: GraphQLSchema;
  validationRules: ValidationRule[];
  executor: GraphExecutor;
  verify: VerifyToken;
  settings?: Settings;
  auditLog: AuditLog;
  /** How often the outbox head is polled while anyone is subscribed (SKEIN_WATCH_POLL_MS). */
  pollMs: number;
  /** Longest time a subscriber's socket may take to accept one alert (SKEIN_WATCH_SLOW_MS; stream.ts). */
  slowMs?: number;
  /** A socket that accepts no alert for this long is cut off (default 3 × slowMs). */
  cutAfterMs?: number;
  /** graphql-ws pings every this long and drops a client that has not answered the last ping (default 12 s). */
  keepAliveMs?: number;
  /** How errors reach the client, as over HTTP (server.ts errorFormatter); default: masked, with suggestions. */
  formatError?: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

export interface LiveServer {
  close(): Promise<void>;
  /** Live subscriptions this server holds now. */
  subscriptions(): number;
  /** Bytes waiting in this server's sockets for their clients to read (all connections). */
  buffered(): number;
}

function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const raw = params?.authorization ?? params?.Authorization;
  if (typeof raw !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(raw.trim());
  return m?.[1];
}

// graphql 16 ships CommonJS and ESM builds with no exports map: Node (and graphql-ws, @graphql-tools,
// graphql-armor) load the CommonJS one, a bundler may hand us the other. Validating with the build the
// schema was made with (and errors of the class graphql-ws checks) avoids "Cannot use GraphQLSchema
// from another module or realm".
const { GraphQLError, parse, validate, specifiedRules } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const refusal = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

export function attachSubscriptions(server: Server, deps: LiveDeps): LiveServer {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const watcher = new OutboxWatcher(deps.executor, deps.pollMs);
  const shared = new SharedReads();
  wakeOnWrites(deps.executor);
  let live = 0;
  // Every error a client gets passes the same formatter as over HTTP: refusals keep their code and
  // words, a bad variable value is BAD_USER_INPUT as Apollo codes it, anything else uncoded (a failing
  // resolver or alert stream) becomes INTERNAL_SERVER_ERROR.
  const format = deps.formatError ?? maskError;
  const formatAll = (errors: readonly GraphQLErrorType[]) => errors.map(withVariableErrorCode).map((e) => format(e.toJSON(), e));
  const cleanup = useServer<Record<string, unknown>, { viewer?: Viewer }>(
    {
      schema: deps.schema,
      // A failure while handling a message closes the socket with "Internal server error", never its
      // message (graphql-ws puts the message in the close reason unless NODE_ENV=production).
      isProd: true,
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatAll(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => formatAll(errors),
      onConnect: async (ctx) => {
        // Refused connections are audited like refused HTTP requests (issue 12 finding 7).
        const refuse = (err?: unknown) => {
          const code = (err as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
          const address = ctx.extra.request.socket.remoteAddress ?? 'unknown';
          deps.auditLog.refusal({ requestId: randomUUID(), address, reason: typeof code === 'string' ? code : 'UNAUTHENTICATED', operation: null });
          return false;
        };
        const token = tokenOf(ctx.connectionParams);
        if (!token) return refuse();
        try {
          const viewer = await deps.verify(token);
          // The same admission as HTTP: an unregistered agency is refused before anything runs.
          const check = createContext(deps.executor, viewer, randomUUID(), deps.settings);
          try {
            await check.admit();
          } finally {
            await check.end(); // its one read transaction
          }
          ctx.extra.viewer = viewer;
          return true;
        } catch (err) {
          return refuse(err);
        }
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: 2000 });
        } catch (err) {
          return refusal(err instanceof GraphQLError ? err.message : 'the operation does not parse', 'GRAPHQL_PARSE_FAILED');
        }
        const errors = validate(deps.schema, document, [...specifiedRules, ...deps.validationRules]);
        if (errors.length) return errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const ops = document.definitions.filter((d) => d.kind === 'OperationDefinition');
        if (ops.some((d) => d.kind === 'OperationDefinition' && d.operation !== 'subscription')) {
          return refusal('only subscriptions are served over WebSocket; send queries and mutations over HTTP', 'BAD_REQUEST');
        }
        return undefined;
      },
      context: (ctx) => {
        const viewer = ctx.extra.viewer!;
        const fresh = () => createContext(deps.executor, viewer, randomUUID(), deps.settings);
        const context: Context = fresh();
        context.live = {
          watcher,
          shared,
          freshContext: fresh,
          delivered: (c, ids) => deps.auditLog.write({
            requestId: c.requestId, subject: viewer.subject, agency: viewer.agency, role: viewer.role,
            operation: 'subscription alerts', recordIds: ids, errors: [],
          }),
          slowMs: deps.slowMs ?? 10_000,
          cutAfterMs: deps.cutAfterMs ?? (deps.slowMs ?? 10_000) * 3,
          cutOff: () => ctx.extra.socket.terminate(),
          tally: (delta) => {
            live += delta;
          },
        };
        return context as unknown as Record<string, unknown>;
      },
    },
    wss,
    deps.keepAliveMs ?? 12_000,
  );
  return {
    subscriptions: () => live,
    buffered: () => [...wss.clients].reduce((sum, socket) => sum + socket.bufferedAmount, 0),
    async close() {
      watcher.stop();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
