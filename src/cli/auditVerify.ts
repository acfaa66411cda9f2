// `npm run audit:verify [-- path]`: checks the audit log's hash chain; names the first broken entry.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { verifyChain } from '../audit/chain.js';
import { exitWith } from './exitWith.js';

let path = '';
let text = '';
try {
  path = process.argv[2] ?? loadConfig(process.env).auditLogPath;
  text = readFileSync(path, 'utf8');
} catch (err) {
  exitWith('audit:verify', err);
}
const result = verifyChain(text);
if (result.ok) {
  console.log(`audit log ${path}: ${result.entries} entries, chain intact`);
} else {
  console.error(`audit log ${path}: entry ${result.firstBroken} of ${result.entries} is broken (${result.why})`);
  process.exit(1);
}
