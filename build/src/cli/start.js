import { ConfigError } from "../config.js";
import { main } from "../main.js";
main().catch((err) => {
  if (err instanceof ConfigError) console.error(`skein: ${err.message}`);
  else console.error("skein: failed to start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
