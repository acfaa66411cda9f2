// The HTTP app with graphql-ws subscriptions attached, over the test server's Apollo and Neo4j, for
// browser tests that follow watches live (explorer and viewer). Pages get `token` as their local token.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpApp } from '../../src/http.js';
import { createVerifier, signLocalToken } from '../../src/auth/tokens.js';
import { limitRules, schema } from '../../src/server.js';
import { attachSubscriptions } from '../../src/watches/subscriptions.js';
import type { testServer } from './server.js';

export interface LiveServer {
  base: string;
  close: () => Promise<void>;
}

export async function startLiveServer(t: ReturnType<typeof testServer>, agency: string): Promise<LiveServer> {
  const token = await signLocalToken(t.config, { agency, role: 'ANALYST' });
  const verify = createVerifier(t.config);
  const app = createHttpApp({ apollo: await t.apollo(), executor: t.executor, verify, ready: async () => true, explorerHeaders: async () => ({ Authorization: `Bearer ${token}` }) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const live = attachSubscriptions(server, { schema, validationRules: limitRules({ config: t.config }).validationRules, executor: t.executor, verify, auditLog: t.auditLog, pollMs: 50 });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await live.close();
      await new Promise((r) => server.close(r));
    },
  };
}
