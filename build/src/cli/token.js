import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { signLocalToken } from "../auth/tokens.js";
import { ROLES } from "../model/graphModel.js";
const { values } = parseArgs({
  options: {
    agency: { type: "string" },
    role: { type: "string", default: "ANALYST" },
    subject: { type: "string" },
    expires: { type: "string", default: "8h" }
  }
});
try {
  if (!values.agency) throw new Error("--agency is required, e.g. --agency NL-INTEL");
  if (!ROLES.includes(values.role)) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
  const token = await signLocalToken(loadConfig(), {
    agency: values.agency,
    role: values.role,
    ...values.subject ? { subject: values.subject } : {},
    expiresIn: values.expires
  });
  process.stdout.write(`${token}
`);
} catch (err) {
  console.error(`skein token: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
