function recruitmentReach(edges, maxDepth = Infinity) {
  const out = /* @__PURE__ */ new Map();
  for (const { source, target } of edges) {
    if (source === target) continue;
    out.set(source, (out.get(source) ?? /* @__PURE__ */ new Set()).add(target));
  }
  const result = /* @__PURE__ */ new Map();
  for (const [recruiter, direct] of out) {
    const seen = /* @__PURE__ */ new Set([recruiter]);
    let frontier = [recruiter];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      frontier = frontier.flatMap((id) => [...out.get(id) ?? []].filter((r) => !seen.has(r) && seen.add(r)));
    }
    result.set(recruiter, { direct: direct.size, reach: seen.size - 1 });
  }
  return result;
}
export {
  recruitmentReach
};
