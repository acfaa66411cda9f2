// PROFILE plans as the profiling benches print them (bench/networkProfile.ts, bench/travelProfile.ts).

/** A profiled plan operator as neo4j-driver returns it (summary.profile). */
export interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

/** Database hits of the whole plan. */
export const hits = (p: Plan): number => p.dbHits + p.children.reduce((s, c) => s + hits(c), 0);

/** The plan as an indented tree: operator, rows, db hits and what it does (cut), for the costly statements. */
export const tree = (p: Plan, depth = 0): string[] => [
  `${'  '.repeat(depth)}${p.operatorType.padEnd(28 - Math.min(2 * depth, 20))} ${String(p.rows).padStart(8)} rows ${String(p.dbHits).padStart(9)} hits  ${String(p.arguments['Details'] ?? '').replace(/\s+/g, ' ').slice(0, 150)}`,
  ...p.children.flatMap((c) => tree(c, depth + 1)),
];
