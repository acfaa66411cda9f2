// Reading FollowTheMoney property values: every property is a list of strings, dates may be partial
// ("1980", "1980-05"), countries are lower-case and may be historical codes ("suhh") we cannot store.
// The reader remembers which properties gave a stored value, so the rest are reported as dropped.
import { createHash } from 'node:crypto';
import { CountryCodeResolver } from 'graphql-scalars';
import { ID_PATTERN } from '../../model/graphModel.js';

export type FtmProperties = Record<string, unknown>;

/** The string values of one property (entity references may also come as nested objects with an id). */
function valuesOf(v: unknown): string[] {
  const out: string[] = [];
  for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
    else if (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') out.push((item as { id: string }).id);
  }
  return out;
}

function isCountry(code: string): boolean {
  try {
    CountryCodeResolver.parseValue(code);
    return true;
  } catch {
    return false;
  }
}

export class PropertyReader {
  /** Properties at least one value of which was stored. */
  readonly kept = new Set<string>();

  constructor(readonly props: FtmProperties) {}

  /** Properties that hold a value (what an entity brought, to compare with what was kept). */
  present(): string[] {
    return Object.keys(this.props).filter((k) => valuesOf(this.props[k]).length > 0);
  }

  /** Every value of the named properties, each property marked as stored. */
  all(...names: string[]): string[] {
    const out: string[] = [];
    for (const name of names) {
      const vals = valuesOf(this.props[name]);
      if (vals.length) this.kept.add(name);
      out.push(...vals);
    }
    return [...new Set(out)];
  }

  first(...names: string[]): string | undefined {
    for (const name of names) {
      const v = valuesOf(this.props[name])[0];
      if (v !== undefined) {
        this.kept.add(name);
        return v;
      }
    }
    return undefined;
  }

  /** A value for the caller to judge; `keep` it once stored. */
  peek(name: string): string | undefined {
    return valuesOf(this.props[name])[0];
  }

  keep(name: string): void {
    this.kept.add(name);
  }

  /** A full calendar date, or nothing: a partial date cannot become a Neo4j date without inventing days. */
  fullDate(...names: string[]): string | undefined {
    for (const name of names) {
      const v = valuesOf(this.props[name]).find((x) => /^\d{4}-\d{2}-\d{2}/.test(x));
      if (v) {
        this.kept.add(name);
        return v.slice(0, 10);
      }
    }
    return undefined;
  }

  /** A date-time for instants (travel): a bare date is midnight UTC, a zone-less time is taken as UTC. */
  dateTime(...names: string[]): string | undefined {
    for (const name of names) {
      const v = valuesOf(this.props[name]).find((x) => /^\d{4}-\d{2}-\d{2}/.test(x));
      if (!v) continue;
      this.kept.add(name);
      if (v.length === 10) return `${v}T00:00:00Z`;
      return /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}Z`;
    }
    return undefined;
  }

  /** ISO codes we can store; a property whose codes are all historical or unknown is not kept. */
  countries(...names: string[]): string[] {
    const out: string[] = [];
    for (const name of names) {
      const codes = valuesOf(this.props[name]).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c) && isCountry(c));
      if (codes.length) this.kept.add(name);
      out.push(...codes);
    }
    return [...new Set(out)];
  }

  number(name: string): number | undefined {
    const n = Number(valuesOf(this.props[name])[0]);
    if (!Number.isFinite(n) || valuesOf(this.props[name]).length === 0) return undefined;
    this.kept.add(name);
    return n;
  }
}

/** Watchlist ids from free text: stable, readable, within the id pattern. */
export function slug(text: string): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s.slice(0, 100) || 'unnamed';
}

/**
 * The id of a record derived from an entity (its passport number, its phone): readable when it fits
 * the id pattern, else the entity id and a hash of the value. Stable, so re-imports update in place.
 */
export function derivedId(entityId: string, what: string, value: string): string {
  const key = value.toUpperCase().replace(/[^A-Z0-9@.]+/g, '');
  const readable = `${entityId}.${what}.${key}`;
  if (key && ID_PATTERN.test(readable)) return readable;
  return `${entityId}.${what}.${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}
