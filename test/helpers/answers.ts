// What "returns data" means for an example run as a test: no errors, and every top-level field answered with content.

/** True when a value holds at least one non-empty list somewhere (a lookup's connections, a search's edges...). */
export function holdsAList(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(holdsAList);
  return false;
}

/** True when a value holds lists and every one of them is empty (a search or subgraph that found nothing). */
const onlyEmptyLists = (value: unknown): boolean => JSON.stringify(value).includes('[') && !holdsAList(value);

/** Problems with an answer, in words; empty when every top-level field is non-null and none holds only empty lists. */
export function emptyParts(body: { data?: Record<string, unknown> | null; errors?: unknown[] }): string[] {
  if (body.errors?.length) return [`errors: ${JSON.stringify(body.errors)}`];
  if (!body.data) return ['no data'];
  return Object.entries(body.data).flatMap(([field, value]) => {
    if (value === null) return [`${field} is null`];
    if (typeof value === 'object' && onlyEmptyLists(value)) return [`${field} holds only empty lists`];
    return [];
  });
}

/** POSTs one operation to /graphql with the given headers. */
export async function post(base: string, headers: Record<string, string>, query: string, variables?: unknown) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}
