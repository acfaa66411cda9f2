// The process logger: JSON lines on stdout (pino).
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'skein' }, timestamp: pino.stdTimeFunctions.isoTime });
}
