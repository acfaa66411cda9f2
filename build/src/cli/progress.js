function progressReporter(label, stream = process.stderr) {
  const started = Date.now();
  let lastLine = 0;
  return (done, total) => {
    const now = Date.now();
    const finished = done >= total;
    if (!finished && now - lastLine < (stream.isTTY ? 100 : 2e3)) return;
    lastLine = now;
    const secs = (now - started) / 1e3;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const pct = total ? Math.floor(done / total * 100) : 100;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const line = `${label}: ${done}/${total} (${pct}%) ${rate}/s${finished ? ` in ${secs.toFixed(1)}s` : `, ETA ${eta}s`}`;
    if (stream.isTTY) stream.write(`\r${line}${finished ? "\n" : ""}`);
    else stream.write(`${line}
`);
  };
}
export {
  progressReporter
};
