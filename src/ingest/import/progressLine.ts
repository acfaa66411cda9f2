// The CLI's live progress line (records/s, share of bytes read, ETA) and its final summary, on stderr.
import type { ImportProgress, ImportReport } from './options.js';

const n = (x: number) => Math.round(x).toLocaleString('en-US');

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (v: number) => String(v).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** A throttled reporter: a rewritten line on a terminal, a line every few seconds in a log. */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): (p: ImportProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < (stream.isTTY ? 250 : 5000)) return;
    last = now;
    const secs = p.elapsedMs / 1000;
    const share = p.bytesTotal ? p.bytesRead / p.bytesTotal : 1;
    const eta = share > 0 ? secs * (1 - share) / share : Number.NaN;
    const line = `import: ${(share * 100).toFixed(1)}% | ${n(p.read)} records | ${n(secs > 0 ? p.read / secs : 0)} rec/s | ${n(p.written)} written | ${n(p.rejected)} rejected | ETA ${clock(eta)}`;
    stream.write(stream.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
  };
}

export function summary(r: ImportReport): string {
  const t = r.totals;
  const secs = r.elapsedMs / 1000;
  const lines = [
    `${r.dryRun ? 'dry run (nothing written): ' : ''}${n(t.read)} records in ${secs.toFixed(1)}s (${n(secs > 0 ? t.read / secs : 0)} records/s)`,
    `  created ${n(t.created)}, updated ${n(t.updated)}, unchanged ${n(t.unchanged)}, rejected ${n(t.rejected)}${t.retracted || t.erased ? `, retracted ${n(t.retracted)}, erased ${n(t.erased)}` : ''}`,
    `  nodes ${n(t.nodes)}, relationships ${n(t.relationships)}${r.deferred ? ` (${n(r.deferred)} deferred until their endpoints were in)` : ''}`,
  ];
  const ph = r.phasesMs;
  if (ph) lines.push(`  offline initial load: validate ${(ph.validate / 1000).toFixed(1)}s, neo4j-admin import ${(ph.offlineImport / 1000).toFixed(1)}s, start + index ${(ph.startAndIndex / 1000).toFixed(1)}s, settle ${(ph.settle / 1000).toFixed(1)}s`);
  for (const f of r.files) lines.push(`  ${f.file}: ${n(f.read)} read, ${n(f.rejected)} rejected${f.rejectsFile ? ` -> ${f.rejectsFile}` : ''}`);
  const unmapped = Object.entries(r.unmappedSchemata);
  if (unmapped.length) lines.push(`  FtM schemata not mapped (entities skipped): ${unmapped.map(([s, c]) => `${s} ${n(c)}`).join(', ')}`);
  const dropped = Object.entries(r.droppedProperties);
  if (dropped.length) lines.push(`  FtM properties not stored (entities that had them): ${dropped.map(([s, c]) => `${s} ${n(c)}`).join(', ')}`);
  return lines.join('\n');
}
