// Recruitment reach: direct recruits and everyone reached along RECRUITED chains, depth-bounded.

export interface Reach {
  direct: number;
  reach: number;
}

/** From directed (recruiter -> recruit) pairs; cycles and shared recruits are counted once. */
export function recruitmentReach(edges: ReadonlyArray<{ source: string; target: string }>, maxDepth = Infinity): Map<string, Reach> {
  const out = new Map<string, Set<string>>();
  for (const { source, target } of edges) {
    if (source === target) continue;
    out.set(source, (out.get(source) ?? new Set()).add(target));
  }
  const result = new Map<string, Reach>();
  for (const [recruiter, direct] of out) {
    const seen = new Set<string>([recruiter]);
    let frontier = [recruiter];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      frontier = frontier.flatMap((id) => [...(out.get(id) ?? [])].filter((r) => !seen.has(r) && seen.add(r)));
    }
    result.set(recruiter, { direct: direct.size, reach: seen.size - 1 });
  }
  return result;
}
