import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import componentsModule from "graphology-components";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import { recruitmentReach } from "./reach.js";
const cjs = (mod) => mod.default ?? mod;
const louvain = cjs(louvainModule);
const { connectedComponents } = cjs(componentsModule);
const betweennessCentrality = cjs(betweennessModule);
const pagerank = cjs(pagerankModule);
const KEY_PLAYERS = 10;
const LOUVAIN_SEED = 23777;
const LOUVAIN_RESOLUTION = 0.3;
function seededRandom(seed) {
  let a = seed;
  return () => {
    a = a + 1831565813 | 0;
    let t = Math.imul(a ^ a >>> 15, 1 | a);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function toGraph(sub) {
  const g = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of sub.nodes.map((n) => n.id).sort()) g.addNode(id);
  for (const e of [...sub.edges].sort((a, b) => a.id.localeCompare(b.id))) {
    if (e.source !== e.target && g.hasNode(e.source) && g.hasNode(e.target)) g.mergeEdge(e.source, e.target);
  }
  return g;
}
function groups(assignment) {
  const members = /* @__PURE__ */ new Map();
  for (const [id, group] of assignment) members.set(group, [...members.get(group) ?? [], id]);
  return [...members.entries()].map(([id, list]) => ({ id, size: list.length, members: list.sort() })).sort((a, b) => b.size - a.size || a.id - b.id);
}
function renumber(raw) {
  const order = groups(raw).map((g) => g.id);
  const rank = new Map(order.map((id, i) => [id, i]));
  return new Map([...raw].map(([node, g]) => [node, rank.get(g)]));
}
function analyse(sub, resolution = LOUVAIN_RESOLUTION) {
  const g = toGraph(sub);
  const component = /* @__PURE__ */ new Map();
  connectedComponents(g).forEach((nodes, i) => nodes.forEach((n) => component.set(n, i)));
  const community = g.size > 0 ? new Map(Object.entries(louvain(g, { rng: seededRandom(LOUVAIN_SEED), resolution }))) : new Map(g.nodes().map((n, i) => [n, i]));
  const betweenness = g.order > 0 ? betweennessCentrality(g, { normalized: true }) : {};
  const rank = g.size > 0 ? pagerank(g) : Object.fromEntries(g.nodes().map((n) => [n, 1 / Math.max(1, g.order)]));
  const reach = recruitmentReach(sub.edges.filter((e) => e.type === "RECRUITED"));
  const components = renumber(component);
  const communities = renumber(community);
  const metrics = sub.nodes.map((node) => ({
    node,
    degree: g.degree(node.id),
    betweenness: betweenness[node.id] ?? 0,
    pageRank: rank[node.id] ?? 0,
    component: components.get(node.id) ?? 0,
    community: communities.get(node.id) ?? 0,
    recruits: reach.get(node.id)?.direct ?? 0,
    recruitReach: reach.get(node.id)?.reach ?? 0
  }));
  metrics.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.node.id.localeCompare(b.node.id));
  return { subgraph: sub, components: groups(components), communities: groups(communities), metrics, ...keyPlayers(metrics) };
}
function keyPlayers(metrics) {
  const people = metrics.filter((m) => m.node.type === "Person");
  const brokers = people.filter((m) => m.betweenness > 0).slice(0, KEY_PLAYERS).map((m) => ({ node: m.node, role: "BROKER", score: m.betweenness }));
  const recruiters = people.filter((m) => m.recruits > 0).sort((a, b) => b.recruitReach - a.recruitReach || b.recruits - a.recruits || a.node.id.localeCompare(b.node.id)).slice(0, KEY_PLAYERS).map((m) => ({ node: m.node, role: "RECRUITER", score: m.recruitReach }));
  return { brokers, recruiters };
}
export {
  KEY_PLAYERS,
  LOUVAIN_RESOLUTION,
  analyse
};
