/// <reference lib="dom" />
// Live: the analyst picks one of the agency's watches and the picture highlights what the watch reports
// while they look at it. Alerts come over graphql-ws on /graphql with the page's token, judged by the
// API with this token's view at delivery; a newcomer linked to a node already drawn is brought in by
// expanding that node (the ordinary neighbourhood query), then highlighted like a changed node.
import { createClient, type Client } from 'graphql-ws';
import type { ViewerGraph } from './graphData.js';
import type { Session } from './session.js';

export interface WatchSummary {
  id: string;
  name: string;
  kind: string;
}

interface AlertMessage {
  alerts: { change: string; recordIds: string[]; records: Array<{ id: string }> };
}

const SUBSCRIBE = `subscription Live($ids: [ID!], $after: String) { alerts(watchIds: $ids, after: $after) { change recordIds records { id } } }`;
const FEED = `query Feed($ids: [ID!], $after: String) { alerts(watchIds: $ids, after: $after, first: 1) { cursor hasMore } }`;

async function post<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T | undefined> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data?: T }).data;
}

/**
 * The feed position of "now" for one watch, read over HTTP before the socket opens: the subscription
 * then starts there, so nothing committed between the click and the socket being ready is missed.
 */
async function presentCursor(token: string, watchId: string): Promise<string | null> {
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const data: { alerts: { cursor: string; hasMore: boolean } } | undefined = await post(token, FEED, { ids: [watchId], after });
    if (!data) return after;
    after = data.alerts.cursor;
    if (!data.alerts.hasMore) break;
  }
  return after;
}

export async function fetchWatches(token: string): Promise<WatchSummary[]> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ watches { id name kind paused } }' }),
  });
  const body = (await res.json()) as { data?: { watches: Array<WatchSummary & { paused: boolean }> } };
  return (body.data?.watches ?? []).filter((w) => !w.paused);
}

export class Live {
  private client: Client | null = null;
  private unsubscribe: (() => void) | null = null;
  private generation = 0;
  /** Node ids highlighted since the analyst started following the current watch. */
  readonly highlighted = new Set<string>();

  constructor(
    private readonly graph: ViewerGraph,
    private readonly session: Session,
    private readonly onChange: (info: string) => void,
  ) {}

  /** Follows `watchId` with `token` (null: stop); earlier highlights are cleared. */
  async follow(token: string, watchId: string | null, watchName = ''): Promise<void> {
    const generation = ++this.generation;
    this.stop();
    if (!watchId) return this.onChange('');
    const after = await presentCursor(token, watchId).catch(() => null);
    if (generation !== this.generation) return; // the analyst chose again meanwhile
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    this.client = createClient({ url, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, lazy: false, retryAttempts: 5 });
    this.unsubscribe = this.client.subscribe<AlertMessage>({ query: SUBSCRIBE, variables: { ids: [watchId], after } }, {
      next: (m) => {
        if (m.data) void this.take(m.data.alerts.records.map((r) => r.id));
        else this.onChange(`Live: ${m.errors?.[0]?.message ?? 'error'}`);
      },
      error: (e) => this.onChange(`Live: connection failed (${e instanceof Error ? e.message : 'closed'})`),
      complete: () => {},
    });
    this.onChange(`Live: following “${watchName}”; new records will be highlighted.`);
  }

  stop(): void {
    this.unsubscribe?.();
    void this.client?.dispose();
    [this.client, this.unsubscribe] = [null, null];
    for (const id of this.highlighted) if (this.graph.hasNode(id)) this.graph.removeNodeAttribute(id, 'live');
    this.highlighted.clear();
  }

  /** One alert's records: drawn ones are marked; newcomers come in through a drawn neighbour. */
  private async take(ids: string[]): Promise<void> {
    const drawn = ids.filter((id) => this.graph.hasNode(id));
    const newcomers = ids.filter((id) => !this.graph.hasNode(id));
    if (newcomers.length && drawn.length) await this.session.expand(drawn[0]!);
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      this.graph.setNodeAttribute(id, 'live', true);
      this.highlighted.add(id);
    }
    const outside = newcomers.filter((id) => !this.graph.hasNode(id)).length;
    const names = [...this.highlighted].slice(-5).map((id) => this.graph.getNodeAttribute(id, 'name'));
    this.onChange(`Live: ${this.highlighted.size} new or changed record(s) highlighted${outside ? `, ${outside} outside this picture` : ''}: ${names.join(', ')}`);
  }
}
