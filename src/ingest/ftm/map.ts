// Maps FollowTheMoney entities (Aleph and OpenSanctions exports) to native records. Nothing is dropped
// without a word: schemata we have no place for are counted per schema, and every property that gave
// no stored value is counted per schema and property. FtM carries no marking, so provenance comes
// from the import options. Relationship entities usually name endpoints that appear later in the
// file: the importer defers those (see importer.ts).
import type { Marking } from '../../model/graphModel.js';
import { HANDLERS } from './handlers.js';
import { PropertyReader, type FtmProperties } from './values.js';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: FtmProperties;
  datasets?: unknown;
}

export interface FtmProvenance {
  source: string;
  marking: Marking;
  reportedAt: string;
  confidence: number;
}

export type Native = Record<string, unknown>;
const compact = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

export interface FtmMapperOptions {
  /**
   * Emit a sanctions programme's Watchlist with its first Sanction (the offline initial load, which
   * removes the ones left empty afterwards). Otherwise the watchlist waits (`waitingWatchlist`) until
   * a listing on it will stand, so a Sanction rejected for its entity leaves no empty watchlist.
   */
  eagerWatchlists?: boolean;
}

export class FtmMapper {
  /** Entities of schemata with no mapping, by schema, for the final report. */
  readonly unmapped = new Map<string, number>();
  /** Properties of mapped entities that gave no stored value, by `Schema.property`. */
  readonly dropped = new Map<string, number>();
  // Few per file (one per sanctions programme), so remembering them is cheap.
  private readonly watchlists = new Map<string, Native>();

  constructor(
    private readonly prov: FtmProvenance,
    private readonly opts: FtmMapperOptions = {},
  ) {}

  map(e: FtmEntity): Native[] {
    const handler = Object.hasOwn(HANDLERS, e.schema) ? HANDLERS[e.schema] : undefined;
    if (!handler) {
      this.unmapped.set(e.schema, (this.unmapped.get(e.schema) ?? 0) + 1);
      return [];
    }
    const reader = new PropertyReader(e.properties);
    const records = handler(e, reader, this);
    for (const key of reader.present()) {
      if (!reader.kept.has(key)) this.dropped.set(`${e.schema}.${key}`, (this.dropped.get(`${e.schema}.${key}`) ?? 0) + 1);
    }
    return records;
  }

  provenance(e: FtmEntity): Native {
    const dataset = Array.isArray(e.datasets) && typeof e.datasets[0] === 'string' ? e.datasets[0] : undefined;
    return { ...this.prov, ...(dataset ? { sourceRef: dataset.slice(0, 200) } : {}) };
  }

  node(e: FtmEntity, type: string, properties: Native, id = e.id): Native {
    return { kind: 'node', type, id, ...this.provenance(e), properties: compact(properties) };
  }

  rel(e: FtmEntity, type: string, id: string, from: string | undefined, to: string | undefined, properties: Native = {}): Native {
    return { kind: 'relationship', type, id, from, to, ...this.provenance(e), properties: compact(properties) };
  }

  /** The Watchlist node of a sanctions programme: emitted now only in eager mode, else kept waiting. */
  watchlist(e: FtmEntity, id: string, name: string): Native[] {
    if (this.watchlists.has(id)) return [];
    const node = this.node(e, 'Watchlist', { name, kind: 'SANCTIONS' }, id);
    this.watchlists.set(id, node);
    return this.opts.eagerWatchlists ? [node] : [];
  }

  /** The node of an FtM watchlist met in this import and not emitted yet, if `id` is one. */
  waitingWatchlist(id: string): Native | undefined {
    return this.opts.eagerWatchlists ? undefined : this.watchlists.get(id);
  }

  /** Ids of every FtM watchlist met in this import. */
  watchlistIds(): string[] {
    return [...this.watchlists.keys()];
  }
}

export const MAPPED_SCHEMATA = Object.keys(HANDLERS);
