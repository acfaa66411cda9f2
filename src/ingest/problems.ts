// Validation problems in words a data team acts on: the field, what was expected, what was given.
// zod's own wording ("Invalid input: expected string, received undefined") names neither the field
// nor the fix, so every issue is rephrased here; every problem of a record is listed, not the first.
import type { z } from 'zod';

export interface Problem {
  field: string;
  text: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** The value at a path of the raw input (issues do not carry it). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined), raw);
}

/** How a given value looks, shortened: for "expected X, got Y". */
export function given(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

type Bounds = { origin?: string; minimum?: unknown; maximum?: unknown };

function bound(issue: Bounds, small: boolean): string {
  const n = String(small ? issue.minimum : issue.maximum);
  const word = small ? 'at least' : 'at most';
  if (issue.origin === 'string') return small && n === '1' ? 'expected text, not empty' : `expected ${word} ${n} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return `expected ${word} ${n} items`;
  return `expected a number ${small ? 'of' : 'up to'} ${small ? `${n} or more` : n}`;
}

/** One issue as "field: expected ..., got ..."; `allowed` names the fields an object takes. */
function phrase(issue: z.core.$ZodIssue, raw: unknown, prefix: readonly string[], allowed?: readonly string[]): Problem {
  const path = [...prefix, ...issue.path.map(String)];
  const field = path.join('.');
  const value = valueAt(raw, issue.path);
  const got = `got ${given(value)}`;
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  let text: string;
  switch (issue.code) {
    case 'invalid_type':
      text = value === undefined ? `missing: expected ${TYPE_WORDS[String(i.expected)] ?? String(i.expected)}` : `expected ${TYPE_WORDS[String(i.expected)] ?? String(i.expected)}, ${got}`;
      break;
    case 'too_small':
      text = `${bound(i as Bounds, true)}, ${got}`;
      break;
    case 'too_big':
      text = `${bound(i as Bounds, false)}, ${got}`;
      break;
    case 'invalid_value':
      text = `expected one of ${(i.values as unknown[]).map(String).join(', ')}, ${got}`;
      break;
    case 'unrecognized_keys': {
      const keys = (i.keys as string[]).map((k) => `"${k}"`).join(', ');
      text = `unknown field${(i.keys as string[]).length > 1 ? 's' : ''} ${keys}${allowed ? ` (allowed: ${allowed.join(', ')})` : ''}`;
      break;
    }
    case 'not_multiple_of':
      text = `expected a whole number, ${got}`;
      break;
    default:
      // Our own refinements and formats already speak plainly ("expected a date YYYY-MM-DD").
      text = `${issue.message}, ${got}`;
  }
  return { field, text: field ? `${field}: ${text}` : text };
}

/** Every issue of a failed parse, phrased; nested paths keep the prefix (`properties.name`). */
export function problemsOf(error: z.ZodError, raw: unknown, prefix: readonly string[] = [], allowed?: readonly string[]): Problem[] {
  const problems = error.issues.map((issue) => phrase(issue, raw, prefix, issue.path.length === 0 ? allowed : undefined));
  // A value failing a format and a refinement is one problem of one field: the first says it.
  const seen = new Set<string>();
  return problems.filter((p) => p.field === '' || (!seen.has(p.field) && seen.add(p.field)));
}

/** The keys a strict object schema takes, for naming them beside an unknown one. */
export function keysOf(schema: z.ZodType): string[] | undefined {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : undefined;
}
