// How a command-line tool ends on an error: one line naming the tool and what went wrong, never a
// stack trace (a configuration error already lists every bad setting in its message).

export function exitWith(tool: string, err: unknown, code = 1): never {
  console.error(`skein ${tool}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(code);
}
