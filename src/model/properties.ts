// Per-type properties of node and relationship records (the `properties` object).
// Dates are ISO 8601 strings: `YYYY-MM-DD` for dates, full date-times for instants.

export interface PersonProperties {
  name: string; // full name as the source wrote it
  aliases?: string[];
  birthDate?: string; // YYYY-MM-DD
  birthPlace?: string;
  gender?: 'female' | 'male' | 'other' | 'unknown';
  nationalities?: string[]; // ISO 3166-1 alpha-2
}

export interface OrganisationProperties {
  name: string;
  aliases?: string[];
  kind: 'ARMED_GROUP' | 'FRONT' | 'CHARITY' | 'MEDIA' | 'MOSQUE_ASSOCIATION' | 'COMPANY' | 'OTHER';
  country?: string;
}

export interface LocationProperties {
  name: string;
  kind: 'COUNTRY' | 'CITY' | 'AIRPORT' | 'BORDER_CROSSING' | 'PORT' | 'REGION';
  countryCode: string; // ISO 3166-1 alpha-2
  iata?: string; // airports only
  latitude?: number;
  longitude?: number;
}

export interface DocumentProperties {
  number: string;
  kind: 'PASSPORT' | 'ID_CARD' | 'VISA' | 'RESIDENCE_PERMIT';
  issuingCountry?: string;
  issuedOn?: string; // YYYY-MM-DD
  expiresOn?: string;
}

export interface IdentifierProperties {
  kind: 'PHONE' | 'EMAIL' | 'MESSENGER';
  value: string;
  platform?: string; // Telegram, WhatsApp, ... for MESSENGER
}

export interface TravelProperties {
  mode: 'AIR' | 'LAND' | 'SEA';
  departedAt: string; // date-time
  arrivedAt?: string;
  carrier?: string;
  flightNumber?: string;
}

export interface WatchlistProperties {
  name: string;
  kind: 'NO_ENTRY' | 'TERROR_LIST' | 'SANCTIONS' | 'OTHER';
}

/** Relationship properties, by type; types absent here carry none. */
export interface RelationshipProperties {
  RECRUITED: { at?: string; channel?: string; place?: string };
  MEMBER_OF: { role?: string; since?: string; until?: string };
  FAMILY_OF: { relation?: string };
  ASSOCIATE_OF: { relation?: string };
  COMMUNICATED_WITH: { channel?: string; firstSeen?: string; lastSeen?: string; count?: number };
  FUNDED: { amount?: number; currency?: string };
  LISTED_ON: { added?: string; reason?: string };
  SAME_AS: { score?: number; method?: string; decidedBy?: string; decidedAt?: string };
}
