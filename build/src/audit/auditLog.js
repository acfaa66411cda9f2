import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import pino, {} from "pino";
function openAuditLog(path) {
  mkdirSync(dirname(path), { recursive: true });
  const destination = pino.destination({ dest: path, append: true, sync: true, mkdir: true });
  const logger = pino({ base: null, messageKey: "event", timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return {
    write: (entry) => logger.info(entry, "graphql"),
    refusal: (entry) => logger.info(entry, "refusal"),
    flush: async () => destination.flushSync()
  };
}
class AuditTrail {
  ids = /* @__PURE__ */ new Set();
  add(ids) {
    for (const id of ids) this.ids.add(id);
  }
  recordIds() {
    return [...this.ids];
  }
}
export {
  AuditTrail,
  openAuditLog
};
