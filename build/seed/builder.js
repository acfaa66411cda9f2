import {
  NODE_TYPES,
  RELATIONSHIP_TYPES
} from "../src/model/graphModel.js";
import { REF_PREFIX } from "./agencies.js";
import { Rng } from "./random.js";
import { ENDPOINTS } from "../src/ingest/endpoints.js";
const REL_PREFIX = {
  RECRUITED: "rec",
  MEMBER_OF: "mem",
  AFFILIATED_WITH: "aff",
  FAMILY_OF: "fam",
  ASSOCIATE_OF: "asc",
  COMMUNICATED_WITH: "com",
  FUNDED: "fund",
  HOLDS: "hold",
  MADE: "made",
  FROM: "from",
  TO: "to",
  USED: "used",
  LISTED_ON: "list",
  LOCATED_IN: "loc",
  SAME_AS: "same"
};
const MARKING_MIX = {
  person: [["CLEAR", 3], ["GREEN", 18], ["AMBER", 52], ["AMBER_STRICT", 19], ["RED", 8]],
  leader: [["AMBER", 35], ["AMBER_STRICT", 45], ["RED", 20]],
  social: [["GREEN", 18], ["AMBER", 44], ["AMBER_STRICT", 26], ["RED", 12]],
  recruitment: [["AMBER", 35], ["AMBER_STRICT", 40], ["RED", 25]],
  travel: [["GREEN", 30], ["AMBER", 48], ["AMBER_STRICT", 16], ["RED", 6]],
  reference: [["CLEAR", 55], ["GREEN", 45]]
};
function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== void 0));
}
class WorldBuilder {
  rng;
  nodes = [];
  rels = [];
  nodeTypes = /* @__PURE__ */ new Map();
  relIds = /* @__PURE__ */ new Set();
  reserved = /* @__PURE__ */ new Set();
  counters = /* @__PURE__ */ new Map();
  /** Name skeletons already used, so generated people never shadow the scripted look-alikes. */
  nameKeys = /* @__PURE__ */ new Set();
  constructor(seed) {
    this.rng = new Rng(seed);
  }
  /** Hand-placed fixture ids are reserved up front so generated ids never collide with them. */
  reserve(ids) {
    for (const id of ids) this.reserved.add(id);
  }
  nextId(prefix, width = 4) {
    for (; ; ) {
      const n = (this.counters.get(prefix) ?? 0) + 1;
      this.counters.set(prefix, n);
      const id = `${prefix}-${String(n).padStart(width, "0")}`;
      if (!this.reserved.has(id) && !this.nodeTypes.has(id) && !this.relIds.has(id)) return id;
    }
  }
  mark(mix) {
    return this.rng.weighted(MARKING_MIX[mix]);
  }
  provenance(spec) {
    const [lo, hi] = spec.lag ?? [3, 120];
    const reportedAt = spec.reportedAt ?? this.rng.daysAfter(spec.at, lo, hi);
    const sourceRef = spec.noRef ? void 0 : spec.sourceRef ?? this.sourceRef(spec.source, reportedAt);
    const confidence = spec.confidence ?? this.rng.float(0.6, 0.97);
    return compact({
      source: spec.source,
      marking: spec.marking,
      reportedAt,
      validFrom: spec.validFrom,
      validTo: spec.validTo,
      confidence,
      sourceRef
    });
  }
  sourceRef(source, reportedAt) {
    const key = `${REF_PREFIX[source]}-${reportedAt.slice(0, 4)}`;
    const n = (this.counters.get(`ref:${key}`) ?? 0) + 1;
    this.counters.set(`ref:${key}`, n);
    return `${key}-${String(n).padStart(5, "0")}`;
  }
  node(type, id, properties, prov) {
    if (this.nodeTypes.has(id)) throw new Error(`duplicate node id ${id}`);
    this.nodeTypes.set(id, type);
    this.nodes.push({ kind: "node", type, id, ...this.provenance(prov), properties: compact(properties) });
    return id;
  }
  rel(type, from, to, properties, prov, id) {
    this.checkEndpoints(type, from, to);
    const relId = id ?? this.nextId(`rel-${REL_PREFIX[type]}`);
    if (this.relIds.has(relId)) throw new Error(`duplicate relationship id ${relId}`);
    this.relIds.add(relId);
    this.rels.push({ kind: "relationship", type, id: relId, from, to, ...this.provenance(prov), properties: compact(properties) });
    return relId;
  }
  checkEndpoints(type, from, to) {
    const [fromTypes, toTypes] = ENDPOINTS[type];
    const ft = this.nodeTypes.get(from);
    const tt = this.nodeTypes.get(to);
    if (!ft || !fromTypes.includes(ft)) throw new Error(`${type}: bad start ${from} (${ft ?? "missing"})`);
    if (!tt || !toTypes.includes(tt)) throw new Error(`${type}: bad end ${to} (${tt ?? "missing"})`);
    if (from === to) throw new Error(`${type}: self-loop on ${from}`);
  }
  has(id) {
    return this.nodeTypes.has(id);
  }
  /**
   * Nodes first, then relationships, so every edge follows both of its endpoints; grouped by type
   * (stable within a type) because loaders batch consecutive records of one type.
   */
  records() {
    const nodes = NODE_TYPES.flatMap((t) => this.nodes.filter((n) => n.type === t));
    const rels = RELATIONSHIP_TYPES.flatMap((t) => this.rels.filter((r) => r.type === t));
    return [...nodes, ...rels];
  }
}
export {
  ENDPOINTS,
  MARKING_MIX,
  WorldBuilder
};
