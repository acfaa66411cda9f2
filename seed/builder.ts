// Collects records while the world is generated: ids, provenance, and endpoint sanity checks.
import {
  NODE_TYPES, RELATIONSHIP_TYPES,
  type GraphRecord, type Marking, type NodeRecord, type NodeType, type Provenance, type RelationshipRecord, type RelationshipType,
} from '../src/model/graphModel.js';
import type {
  DocumentProperties, IdentifierProperties, LocationProperties, OrganisationProperties, PersonProperties,
  RelationshipProperties, TravelProperties, WatchlistProperties,
} from '../src/model/properties.js';
import { REF_PREFIX, type AgencyCode } from './agencies.js';
import { Rng } from './random.js';
import { ENDPOINTS } from '../src/model/endpoints.js';

export interface NodePropertyMap {
  Person: PersonProperties;
  Organisation: OrganisationProperties;
  Location: LocationProperties;
  Document: DocumentProperties;
  Identifier: IdentifierProperties;
  Travel: TravelProperties;
  Watchlist: WatchlistProperties;
}

export type RelPropsOf<T extends RelationshipType> = T extends keyof RelationshipProperties
  ? RelationshipProperties[T]
  : Record<string, never>;

// Allowed endpoint types per relationship type: the same table ingest checks (generation fails fast on a wrong edge).
export { ENDPOINTS };

const REL_PREFIX: Record<RelationshipType, string> = {
  RECRUITED: 'rec', MEMBER_OF: 'mem', AFFILIATED_WITH: 'aff', FAMILY_OF: 'fam', ASSOCIATE_OF: 'asc',
  COMMUNICATED_WITH: 'com', FUNDED: 'fund', HOLDS: 'hold', MADE: 'made', FROM: 'from', TO: 'to',
  USED: 'used', LISTED_ON: 'list', LOCATED_IN: 'loc', SAME_AS: 'same',
};

/** What a generator knows about a fact; the builder turns it into full provenance. */
export interface ProvSpec {
  source: AgencyCode;
  marking: Marking;
  /** When the fact happened (or first came to notice): `reportedAt` follows it. */
  at: string;
  /** Reporting delay in days, [min, max]. */
  lag?: [number, number];
  validFrom?: string;
  validTo?: string;
  confidence?: number;
  /** Reference data (locations) carries no case reference. */
  noRef?: boolean;
  /** Reuse one report's time and reference for every record it produced (a travel leg and its edges). */
  reportedAt?: string;
  sourceRef?: string;
}

/** Marking mixes per kind of fact, as weights over CLEAR..RED. */
export const MARKING_MIX = {
  person: [['CLEAR', 3], ['GREEN', 18], ['AMBER', 52], ['AMBER_STRICT', 19], ['RED', 8]],
  leader: [['AMBER', 35], ['AMBER_STRICT', 45], ['RED', 20]],
  social: [['GREEN', 18], ['AMBER', 44], ['AMBER_STRICT', 26], ['RED', 12]],
  recruitment: [['AMBER', 35], ['AMBER_STRICT', 40], ['RED', 25]],
  travel: [['GREEN', 30], ['AMBER', 48], ['AMBER_STRICT', 16], ['RED', 6]],
  reference: [['CLEAR', 55], ['GREEN', 45]],
} as const satisfies Record<string, readonly (readonly [Marking, number])[]>;
export type MarkingMix = keyof typeof MARKING_MIX;

/** Drops undefined fields so records serialise identically and load cleanly. */
function compact<T extends object>(obj: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

export class WorldBuilder {
  readonly rng: Rng;
  private readonly nodes: NodeRecord[] = [];
  private readonly rels: RelationshipRecord[] = [];
  private readonly nodeTypes = new Map<string, NodeType>();
  /** Local id -> reporting agency: records are built under local ids and come out global. */
  private readonly nodeSources = new Map<string, string>();
  private readonly relIds = new Set<string>();
  private readonly reserved = new Set<string>();
  private readonly counters = new Map<string, number>();
  /** Name skeletons already used, so generated people never shadow the scripted look-alikes. */
  readonly nameKeys = new Set<string>();

  constructor(seed: number) {
    this.rng = new Rng(seed);
  }

  /** Hand-placed fixture ids are reserved up front so generated ids never collide with them. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.reserved.add(id);
  }

  nextId(prefix: string, width = 4): string {
    for (;;) {
      const n = (this.counters.get(prefix) ?? 0) + 1;
      this.counters.set(prefix, n);
      const id = `${prefix}-${String(n).padStart(width, '0')}`;
      if (!this.reserved.has(id) && !this.nodeTypes.has(id) && !this.relIds.has(id)) return id;
    }
  }

  mark(mix: MarkingMix): Marking {
    return this.rng.weighted(MARKING_MIX[mix]);
  }

  provenance(spec: ProvSpec): Provenance {
    const [lo, hi] = spec.lag ?? [3, 120];
    const reportedAt = spec.reportedAt ?? this.rng.daysAfter(spec.at, lo, hi);
    const sourceRef = spec.noRef ? undefined : (spec.sourceRef ?? this.sourceRef(spec.source, reportedAt));
    const confidence = spec.confidence ?? this.rng.float(0.6, 0.97);
    return compact({
      source: spec.source, marking: spec.marking, reportedAt,
      validFrom: spec.validFrom, validTo: spec.validTo, confidence, sourceRef,
    }) as unknown as Provenance;
  }

  private sourceRef(source: AgencyCode, reportedAt: string): string {
    const key = `${REF_PREFIX[source]}-${reportedAt.slice(0, 4)}`;
    const n = (this.counters.get(`ref:${key}`) ?? 0) + 1;
    this.counters.set(`ref:${key}`, n);
    return `${key}-${String(n).padStart(5, '0')}`;
  }

  node<T extends NodeType>(type: T, id: string, properties: NodePropertyMap[T], prov: ProvSpec): string {
    if (this.nodeTypes.has(id)) throw new Error(`duplicate node id ${id}`);
    this.nodeTypes.set(id, type);
    this.nodeSources.set(id, prov.source);
    this.nodes.push({ kind: 'node', type, id, ...this.provenance(prov), properties: compact(properties) });
    return id;
  }

  rel<T extends RelationshipType>(type: T, from: string, to: string, properties: RelPropsOf<T>, prov: ProvSpec, id?: string): string {
    this.checkEndpoints(type, from, to);
    const relId = id ?? this.nextId(`rel-${REL_PREFIX[type]}`);
    if (this.relIds.has(relId)) throw new Error(`duplicate relationship id ${relId}`);
    this.relIds.add(relId);
    this.rels.push({ kind: 'relationship', type, id: relId, from, to, ...this.provenance(prov), properties: compact(properties) });
    return relId;
  }

  private checkEndpoints(type: RelationshipType, from: string, to: string): void {
    const [fromTypes, toTypes] = ENDPOINTS[type];
    const ft = this.nodeTypes.get(from);
    const tt = this.nodeTypes.get(to);
    if (!ft || !fromTypes.includes(ft)) throw new Error(`${type}: bad start ${from} (${ft ?? 'missing'})`);
    if (!tt || !toTypes.includes(tt)) throw new Error(`${type}: bad end ${to} (${tt ?? 'missing'})`);
    if (from === to) throw new Error(`${type}: self-loop on ${from}`);
  }

  has(id: string): boolean {
    return this.nodeTypes.has(id);
  }

  /** The global id (`<AGENCY>:<localId>`) of a node built under `localId`. */
  globalId(localId: string): string {
    const source = this.nodeSources.get(localId);
    if (!source) throw new Error(`no node ${localId}`);
    return `${source}:${localId}`;
  }

  /**
   * Nodes first, then relationships, so every edge follows both of its endpoints; grouped by type
   * (stable within a type) because loaders batch consecutive records of one type. Ids come out
   * global: each record in its source's namespace, endpoints naming the records they join.
   */
  records(): GraphRecord[] {
    const nodes = NODE_TYPES.flatMap((t) => this.nodes.filter((n) => n.type === t)).map((n) => ({ ...n, id: `${n.source}:${n.id}` }));
    const rels = RELATIONSHIP_TYPES.flatMap((t) => this.rels.filter((r) => r.type === t)).map((r) => ({
      ...r, id: `${r.source}:${r.id}`, from: this.globalId(r.from), to: this.globalId(r.to),
    }));
    return [...nodes, ...rels];
  }
}
