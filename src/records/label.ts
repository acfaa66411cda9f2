// A short human-readable label per record type, for lists and graph canvases.
import type { NodeType } from '../model/graphModel.js';
import type { EntityModel } from './models.js';

/** The stored properties labelOf reads, per type: all a statement must read for a record's label. */
export const LABEL_PROPERTIES: Record<NodeType, readonly string[]> = {
  Person: ['name'],
  Organisation: ['name'],
  Location: ['name', 'iata'],
  Document: ['kind', 'number'],
  Identifier: ['value'],
  Travel: ['carrier', 'flightNumber', 'mode', 'departedAt'],
  Watchlist: ['name'],
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function labelOf(e: EntityModel): string {
  const p = e.props;
  switch (e.type) {
    case 'Document':
      return `${str(p.kind) || 'DOCUMENT'} ${str(p.number)}`.trim();
    case 'Identifier':
      return str(p.value);
    case 'Travel': {
      const when = p.departedAt instanceof Date ? p.departedAt.toISOString().slice(0, 10) : '';
      return [str(p.carrier), str(p.flightNumber) || str(p.mode), when].filter(Boolean).join(' ');
    }
    case 'Location':
      return str(p.iata) ? `${str(p.name)} (${str(p.iata)})` : str(p.name);
    default:
      return str(p.name) || e.id;
  }
}
