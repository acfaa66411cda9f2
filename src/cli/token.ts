// `npm run token -- --agency NL-INTEL --role ANALYST [--subject S] [--expires 8h]`: a bearer token for the
// local instance, only for an agency the registry knows (see tokenAgency.ts). Errors are one line, exit 2.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { signLocalToken } from '../auth/tokens.js';
import { ROLES, type Role } from '../model/graphModel.js';
import { agencyProblem, agencyRegistry } from './tokenAgency.js';
import { exitWith } from './exitWith.js';

try {
  const { values } = parseArgs({
    options: {
      agency: { type: 'string' },
      role: { type: 'string', default: 'ANALYST' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  if (!values.agency) throw new Error('--agency is required, e.g. --agency NL-INTEL');
  if (!(ROLES as readonly string[]).includes(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const config = loadConfig();
  const problem = agencyProblem(values.agency, await agencyRegistry(config));
  if (problem) throw new Error(problem);
  const token = await signLocalToken(config, {
    agency: values.agency,
    role: values.role as Role,
    ...(values.subject ? { subject: values.subject } : {}),
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
} catch (err) {
  exitWith('token', err, 2);
}
