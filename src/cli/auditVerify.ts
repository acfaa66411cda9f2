// `npm run audit:verify [-- path]`: checks the audit log's hash chain; names the first broken entry.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { verifyChain } from '../audit/chain.js';

const path = process.argv[2] ?? loadConfig(process.env).auditLogPath;
const result = verifyChain(readFileSync(path, 'utf8'));
if (result.ok) {
  console.log(`audit log ${path}: ${result.entries} entries, chain intact`);
} else {
  console.error(`audit log ${path}: entry ${result.firstBroken} of ${result.entries} is broken (${result.why})`);
  process.exit(1);
}
