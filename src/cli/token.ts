// `npm run token -- --agency NL-INTEL --role ANALYST [--subject S] [--expires 8h]`: a bearer token for the local instance.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { signLocalToken } from '../auth/tokens.js';
import { ROLES, type Role } from '../model/graphModel.js';

const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    role: { type: 'string', default: 'ANALYST' },
    subject: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

try {
  if (!values.agency) throw new Error('--agency is required, e.g. --agency NL-INTEL');
  if (!(ROLES as readonly string[]).includes(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const token = await signLocalToken(loadConfig(), {
    agency: values.agency,
    role: values.role as Role,
    ...(values.subject ? { subject: values.subject } : {}),
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
} catch (err) {
  console.error(`skein token: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
