// What every input reader yields: one candidate native record (still unvalidated) with the line it
// came from, or a line we could not read at all. Readers stream: nothing holds a whole file.
import { createReadStream, type ReadStream } from 'node:fs';

export interface SourceItem {
  line: number;
  /** A native-format record candidate, validated later like any other input. */
  raw?: unknown;
  /** Why the line could not be read (bad JSON, broken CSV quoting, wrong number of fields...). */
  malformed?: string;
  /** The offending text, shortened, for the rejects file. */
  text?: string;
}

/** A file being read, with how far we are (for progress and ETA). */
export interface OpenInput {
  stream: ReadStream;
  bytesRead: () => number;
}

export function openInput(file: string): OpenInput {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  return { stream, bytesRead: () => stream.bytesRead };
}

export const shorten = (text: string, max = 500) => (text.length > max ? `${text.slice(0, max)}…` : text);
