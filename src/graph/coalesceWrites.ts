// The Bolt messages a connection sends in one turn of the event loop leave in one socket write.
//
// neo4j-driver flushes its 1,400-byte output buffer after BEGIN, after RUN + PULL and after COMMIT, and
// each time the buffer fills: a statement in a shared transaction left in two or more writes, and a
// compiled lookup's 3.3 KB text in three. Under the demo mix those write calls were 17–18 % of the API's
// CPU (CPU profile, session 11). Corking a connection's socket at its first write of a turn and uncorking
// it once the turn's callbacks have run (setImmediate) hands the kernel all of them in one writev; the
// messages and their order are unchanged, they only wait for the end of the current turn.
//
// The driver has no option or hook for this, so the method that writes to the socket (its Node channel's
// `write`) is wrapped, once per process, in the copy of the driver this process loaded. The wrapper checks
// the shape it relies on at every call: a channel without a socket (still connecting, or a future driver
// that keeps it elsewhere) is written to exactly as before.
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';

interface NodeChannelLike {
  /** Set while the channel connects: the driver queues writes there itself. */
  _pending: unknown[] | null;
  _conn: Socket | undefined;
  write(buffer: unknown): void;
}

const CHANNEL_MODULE = 'neo4j-driver-bolt-connection/lib/channel/node/node-channel.js';
const corked = new WeakSet<Socket>();
let installed: boolean | undefined;

/**
 * Installs the coalescing once; true when it is active. False (and writes as before) when this driver
 * build has no Node channel where expected: the caller logs it, nothing else changes.
 */
export function coalesceBoltWrites(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  let channel: { prototype: NodeChannelLike } | undefined;
  try {
    // The copy of the connection package the driver itself resolves, not whichever one is hoisted.
    const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    channel = (fromDriver(CHANNEL_MODULE) as { default?: { prototype: NodeChannelLike } }).default;
  } catch {
    return false;
  }
  if (typeof channel?.prototype?.write !== 'function') return false;
  const write = channel.prototype.write;
  channel.prototype.write = function coalescedWrite(this: NodeChannelLike, buffer: unknown): void {
    const socket = this._pending === null ? this._conn : undefined;
    if (socket && typeof socket.cork === 'function' && !corked.has(socket) && !socket.destroyed) {
      socket.cork();
      corked.add(socket);
      setImmediate(() => {
        corked.delete(socket);
        socket.uncork();
      });
    }
    write.call(this, buffer);
  };
  installed = true;
  return true;
}
