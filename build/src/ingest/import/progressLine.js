const n = (x) => Math.round(x).toLocaleString("en-US");
function clock(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const pad = (v) => String(v).padStart(2, "0");
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
function progressLine(stream = process.stderr) {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < (stream.isTTY ? 250 : 5e3)) return;
    last = now;
    const secs = p.elapsedMs / 1e3;
    const share = p.bytesTotal ? p.bytesRead / p.bytesTotal : 1;
    const eta = share > 0 ? secs * (1 - share) / share : Number.NaN;
    const line = `import: ${(share * 100).toFixed(1)}% | ${n(p.read)} records | ${n(secs > 0 ? p.read / secs : 0)} rec/s | ${n(p.written)} written | ${n(p.rejected)} rejected | ETA ${clock(eta)}`;
    stream.write(stream.isTTY ? `\r${line}\x1B[K` : `${line}
`);
  };
}
function summary(r) {
  const t = r.totals;
  const secs = r.elapsedMs / 1e3;
  const lines = [
    `${r.dryRun ? "dry run (nothing written): " : ""}${n(t.read)} records in ${secs.toFixed(1)}s (${n(secs > 0 ? t.read / secs : 0)} records/s)`,
    `  created ${n(t.created)}, updated ${n(t.updated)}, unchanged ${n(t.unchanged)}, rejected ${n(t.rejected)}`,
    `  nodes ${n(t.nodes)}, relationships ${n(t.relationships)}${r.deferred ? ` (${n(r.deferred)} deferred until their endpoints were in)` : ""}`
  ];
  const ph = r.phasesMs;
  if (ph) lines.push(`  offline initial load: validate ${(ph.validate / 1e3).toFixed(1)}s, neo4j-admin import ${(ph.offlineImport / 1e3).toFixed(1)}s, start + index ${(ph.startAndIndex / 1e3).toFixed(1)}s, settle ${(ph.settle / 1e3).toFixed(1)}s`);
  for (const f of r.files) lines.push(`  ${f.file}: ${n(f.read)} read, ${n(f.rejected)} rejected${f.rejectsFile ? ` -> ${f.rejectsFile}` : ""}`);
  const unmapped = Object.entries(r.unmappedSchemata);
  if (unmapped.length) lines.push(`  FtM schemata not mapped (entities skipped): ${unmapped.map(([s, c]) => `${s} ${n(c)}`).join(", ")}`);
  return lines.join("\n");
}
export {
  progressLine,
  summary
};
