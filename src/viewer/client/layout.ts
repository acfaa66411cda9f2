// A small deterministic layout (graphology-layout-forceatlas2 is not installed): rings by hop depth, then a force step.
import type { ViewerGraph } from './graphData.js';

const RING = 100; // distance between hop rings, in graph units
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Same id, same angle: reloading the same network draws the same picture. */
function angleOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return ((hash >>> 0) / 2 ** 32) * 2 * Math.PI;
}

/** Initial load: seeds in the middle, each hop on its own ring, spread with the golden angle. */
export function placeInRings(graph: ViewerGraph, ids: string[]): void {
  const byDepth = new Map<number, string[]>();
  for (const id of ids) {
    const depth = graph.getNodeAttribute(id, 'depth');
    byDepth.set(depth, [...(byDepth.get(depth) ?? []), id]);
  }
  for (const [depth, members] of byDepth) {
    members.sort();
    members.forEach((id, i) => {
      const angle = angleOf(id) * 0.1 + i * GOLDEN_ANGLE;
      const radius = depth === 0 && members.length === 1 ? 0 : RING * (depth + 0.5) * (0.8 + 0.4 * ((i % 5) / 5));
      graph.mergeNodeAttributes(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
}

/** Expansion: new nodes on a small circle around the node that was expanded, so they start near their anchor. */
export function placeAround(graph: ViewerGraph, anchor: string, ids: string[]): void {
  const { x, y } = graph.getNodeAttributes(anchor);
  const radius = RING * 0.6 + ids.length;
  ids.forEach((id, i) => {
    const angle = angleOf(anchor) + (i / Math.max(1, ids.length)) * 2 * Math.PI;
    graph.mergeNodeAttributes(id, { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  });
}

interface Body {
  id: string;
  x: number;
  y: number;
  dx: number;
  dy: number;
}

/**
 * A few Fruchterman-Reingold iterations: all pairs repel, linked nodes attract, and the step
 * shrinks each round. Only `movable` nodes move, so an expansion does not reshuffle the picture
 * the analyst already knows. O(n^2) per round, fine for the API's 2,000-node cap.
 */
export function relax(graph: ViewerGraph, iterations: number, movable?: Set<string>): void {
  const bodies: Body[] = graph.mapNodes((id, a) => ({ id, x: a.x, y: a.y, dx: 0, dy: 0 }));
  const index = new Map(bodies.map((b, i) => [b.id, i]));
  const k = RING * 0.5;
  let step = RING * 0.5;
  for (let round = 0; round < iterations; round += 1) {
    repel(bodies, k);
    graph.forEachEdge((_e, _a, source, target) => attract(bodies[index.get(source) ?? -1], bodies[index.get(target) ?? -1], k));
    for (const b of bodies) {
      const length = Math.hypot(b.dx, b.dy) || 1;
      if (!movable || movable.has(b.id)) {
        b.x += (b.dx / length) * Math.min(length, step);
        b.y += (b.dy / length) * Math.min(length, step);
      }
      b.dx = 0;
      b.dy = 0;
    }
    step *= 0.92;
  }
  for (const b of bodies) graph.mergeNodeAttributes(b.id, { x: b.x, y: b.y });
}

function repel(bodies: Body[], k: number): void {
  for (let i = 0; i < bodies.length; i += 1) {
    const a = bodies[i] as Body;
    for (let j = i + 1; j < bodies.length; j += 1) {
      const b = bodies[j] as Body;
      let dx = a.x - b.x;
      let dy = a.y - b.y;
      // Two nodes on the same spot would never separate: nudge them apart along a fixed axis.
      if (dx === 0 && dy === 0) dx = dy = 0.01 * (j - i);
      const d2 = Math.max(dx * dx + dy * dy, 1);
      const force = (k * k) / d2;
      a.dx += dx * force;
      a.dy += dy * force;
      b.dx -= dx * force;
      b.dy -= dy * force;
    }
  }
}

function attract(a: Body | undefined, b: Body | undefined, k: number): void {
  if (!a || !b || a === b) return;
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const d = Math.hypot(dx, dy);
  const force = d / k;
  a.dx -= dx * force;
  a.dy -= dy * force;
  b.dx += dx * force;
  b.dy += dy * force;
}
