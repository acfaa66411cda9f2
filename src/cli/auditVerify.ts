// `npm run audit:verify [-- path]`: checks the audit log's hash chain; names the first broken entry.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { verifyChain } from '../audit/chain.js';
import { exitWith } from './exitWith.js';

/** The log named on the command line, else the configured one; a bad setting or missing file ends here. */
function readLog(): { path: string; text: string } {
  try {
    const path = process.argv[2] ?? loadConfig(process.env).auditLogPath;
    return { path, text: readFileSync(path, 'utf8') };
  } catch (err) {
    return exitWith('audit:verify', err);
  }
}

const { path, text } = readLog();
const result = verifyChain(text);
if (result.ok) {
  console.log(`audit log ${path}: ${result.entries} entries, chain intact`);
} else {
  console.error(`audit log ${path}: entry ${result.firstBroken} of ${result.entries} is broken (${result.why})`);
  process.exit(1);
}
