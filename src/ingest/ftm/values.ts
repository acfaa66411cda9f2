// Reading FollowTheMoney property values: every property is a list of strings, dates may be partial
// ("1980", "1980-05"), countries are lower-case and may be historical codes ("suhh") we cannot store.
import { CountryCodeResolver } from 'graphql-scalars';

export type FtmProperties = Record<string, unknown>;

/** All string values of a property (entity references may also come as nested objects with an id). */
export function all(props: FtmProperties, ...names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const v = props[name];
    for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) {
      if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
      else if (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') out.push((item as { id: string }).id);
    }
  }
  return [...new Set(out)];
}

export const first = (props: FtmProperties, ...names: string[]): string | undefined => all(props, ...names)[0];

/** A full calendar date, or nothing: a partial date cannot become a Neo4j date without inventing days. */
export function fullDate(props: FtmProperties, ...names: string[]): string | undefined {
  return all(props, ...names).find((v) => /^\d{4}-\d{2}-\d{2}/.test(v))?.slice(0, 10);
}

/** A date-time for instants (travel): a bare date is midnight UTC, a zone-less time is taken as UTC. */
export function dateTime(props: FtmProperties, ...names: string[]): string | undefined {
  const v = all(props, ...names).find((x) => /^\d{4}-\d{2}-\d{2}/.test(x));
  if (!v) return undefined;
  if (v.length === 10) return `${v}T00:00:00Z`;
  return /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}Z`;
}

function isCountry(code: string): boolean {
  try {
    CountryCodeResolver.parseValue(code);
    return true;
  } catch {
    return false;
  }
}

export function countries(props: FtmProperties, ...names: string[]): string[] {
  return [...new Set(all(props, ...names).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c) && isCountry(c)))];
}

export function number(props: FtmProperties, name: string): number | undefined {
  const n = Number(first(props, name));
  return Number.isFinite(n) ? n : undefined;
}

/** Watchlist ids from free text: stable, readable, within the id pattern. */
export function slug(text: string): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s.slice(0, 100) || 'unnamed';
}
