// A small progress reporter for long CLI work: a live line on a terminal, sparse lines otherwise.

export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastLine = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    const finished = done >= total;
    if (!finished && now - lastLine < (stream.isTTY ? 100 : 2000)) return;
    lastLine = now;
    const secs = (now - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const pct = total ? Math.floor((done / total) * 100) : 100;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const line = `${label}: ${done}/${total} (${pct}%) ${rate}/s${finished ? ` in ${secs.toFixed(1)}s` : `, ETA ${eta}s`}`;
    if (stream.isTTY) stream.write(`\r${line}${finished ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
}
