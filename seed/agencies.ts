// The eight demo agencies and who shares what with whom (directional, never RED).
import type { AgencyRecord, AgreementRecord } from '../src/model/graphModel.js';
import type { Style } from './names.js';

export const AGENCY_CODES = ['TR-INTEL', 'NL-INTEL', 'BE-INTEL', 'FR-INTEL', 'ID-CT', 'AU-INTEL', 'IL-INTEL', 'EU-POLICE'] as const;
export type AgencyCode = (typeof AGENCY_CODES)[number];

export const AGENCIES: AgencyRecord[] = [
  { code: 'TR-INTEL', name: 'Turkish Intelligence (demo)', country: 'TR' },
  { code: 'NL-INTEL', name: 'Netherlands Intelligence (demo)', country: 'NL' },
  { code: 'BE-INTEL', name: 'Belgian State Security (demo)', country: 'BE' },
  { code: 'FR-INTEL', name: 'French Internal Security (demo)', country: 'FR' },
  { code: 'ID-CT', name: 'Indonesian Counter-Terrorism Agency (demo)', country: 'ID' },
  { code: 'AU-INTEL', name: 'Australian Security Intelligence (demo)', country: 'AU' },
  { code: 'IL-INTEL', name: 'Israeli Security Agency (demo)', country: 'IL' },
  { code: 'EU-POLICE', name: 'European Police Office (demo)', country: 'EU' },
];

/** Short code used in record ids (`per-be-0001`) and as the agency's spelling style. */
export const SHORT: Record<AgencyCode, Style> = {
  'TR-INTEL': 'tr', 'NL-INTEL': 'nl', 'BE-INTEL': 'be', 'FR-INTEL': 'fr',
  'ID-CT': 'id', 'AU-INTEL': 'au', 'IL-INTEL': 'il', 'EU-POLICE': 'eu',
};

/** Prefix of each agency's own case references (`BE-2015-00123`). */
export const REF_PREFIX: Record<AgencyCode, string> = {
  'TR-INTEL': 'TR', 'NL-INTEL': 'NL', 'BE-INTEL': 'BE', 'FR-INTEL': 'FR',
  'ID-CT': 'ID', 'AU-INTEL': 'AU', 'IL-INTEL': 'IL', 'EU-POLICE': 'EU',
};

function share(from: AgencyCode, to: AgencyCode, upTo: AgreementRecord['upTo'], hitNotification = false): AgreementRecord {
  return { from, to, upTo, hitNotification };
}

const EU_PARTNERS = AGENCY_CODES.filter((c) => c !== 'EU-POLICE');

/**
 * Deliberately uneven: close neighbours share more, TR receives little, IL gives almost
 * nothing, and several pairs (TR→BE, TR→FR, FR→NL, ID-CT↔Europe, most →IL) have no agreement.
 */
export const AGREEMENTS: AgreementRecord[] = [
  share('BE-INTEL', 'FR-INTEL', 'AMBER_STRICT', true),
  share('BE-INTEL', 'NL-INTEL', 'GREEN', true),
  share('BE-INTEL', 'TR-INTEL', 'GREEN', true),
  share('BE-INTEL', 'EU-POLICE', 'AMBER', true),
  share('FR-INTEL', 'BE-INTEL', 'AMBER', true),
  share('FR-INTEL', 'EU-POLICE', 'AMBER'),
  share('NL-INTEL', 'BE-INTEL', 'AMBER'),
  share('NL-INTEL', 'TR-INTEL', 'GREEN', true),
  share('NL-INTEL', 'EU-POLICE', 'AMBER', true),
  share('TR-INTEL', 'EU-POLICE', 'GREEN'),
  share('TR-INTEL', 'NL-INTEL', 'GREEN'),
  share('ID-CT', 'AU-INTEL', 'AMBER', true),
  share('AU-INTEL', 'ID-CT', 'AMBER'),
  share('AU-INTEL', 'EU-POLICE', 'GREEN'),
  share('IL-INTEL', 'FR-INTEL', 'GREEN'),
  ...EU_PARTNERS.map((to) => share('EU-POLICE', to, 'AMBER')),
];
