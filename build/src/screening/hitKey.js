import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
function hitKeyOf(cfg) {
  if (cfg.hitSecret) return new TextEncoder().encode(cfg.hitSecret);
  const file = `${cfg.dataDir}/hit-secret`;
  if (!existsSync(file)) {
    mkdirSync(cfg.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 384, flag: "wx" });
  }
  return new TextEncoder().encode(readFileSync(file, "utf8").trim());
}
export {
  hitKeyOf
};
