import pino, {} from "pino";
function createLogger(level) {
  return pino({ level, base: { service: "skein" }, timestamp: pino.stdTimeFunctions.isoTime });
}
export {
  createLogger
};
