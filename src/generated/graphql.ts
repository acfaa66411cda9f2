// Generated from schema.graphql by `npm run generate:types`. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityModel, ProvenanceModel, LinkModel, PageInfoModel, ConnectionModel, EdgeModel } from '../records/models.js';
import type { AgencyModel, AgreementModel } from '../agencies/models.js';
import type { AgreementChangeModel, AgreementTermsModel, AgreementPreviewModel, AccessRequestModel, ReleaseModel, TombstoneModel, RetentionChangeModel, ReviewDueEdgeModel, ReviewDueConnectionModel } from '../sharing/models.js';
import type { AuditReadModel, AuditRefusalModel } from '../audit/store.js';
import type { ViewerModel } from '../auth/viewer.js';
import type { SubgraphNodeModel, SubgraphEdgeModel, SubgraphModel, PathModel, NodeMetricsModel, KeyPlayerModel, NetworkAnalysisModel, RecruiterRankModel, RecruiterEdgeModel, RecruiterConnectionModel } from '../network/models.js';
import type { JourneyModel, RouteTravellerModel, RoutePatternModel, RoutePatternEdgeModel, RoutePatternConnectionModel, SharedTripModel, CoTravellerModel, CoTravellerEdgeModel, CoTravellerConnectionModel, TimelineEventModel, TimelineEventEdgeModel, TimelineConnectionModel } from '../travel/models.js';
import type { ScreeningReportModel, ScreeningRowModel, ScreeningCandidateModel, NetworkContextModel, MatchReasonModel, HitNoticeModel } from '../screening/models.js';
import type { IdentityMatchModel, SameAsDecisionModel } from '../identity/models.js';
import type { WatchModel, AlertModel, AlertFeedModel } from '../watches/models.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  CountryCode: { input: string; output: string; }
  DateTime: { input: Date; output: Date | string; }
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  Latitude: { input: number; output: number; }
  LocalDate: { input: string; output: string; }
  Longitude: { input: number; output: number; }
};

/**
 * A request, after a hit notice, for one record held by another agency. The holder sees the requesting
 * agency, the reference and the reason: nothing else about the requester.
 */
export type AccessRequest = {
  __typename?: 'AccessRequest';
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the holder declined (DECLINED only). */
  declineReason: Maybe<Scalars['String']['output']>;
  holder: Agency;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** The reference the hit notice gave. */
  reference: Scalars['String']['output'];
  /** The release that answered it (RELEASED only; null once revoked or expired for the requester). */
  release: Maybe<Release>;
  requester: Agency;
  status: AccessRequestStatus;
};

export type AccessRequestStatus =
  | 'DECLINED'
  | 'PENDING'
  | 'RELEASED';

/** An agency taking part in Skein. Agencies are reference data, visible to every viewer. */
export type Agency = {
  __typename?: 'Agency';
  code: Scalars['String']['output'];
  country: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Days after a review falls due before other agencies stop seeing the record; default 90. */
  reviewGraceDays: Scalars['Int']['output'];
  /** Days a record of this agency stays current after its last review (write or re-confirmation); default 1095 (three years). */
  reviewPeriodDays: Scalars['Int']['output'];
};

/** One change to an agreement of your agency: who made it, when, and the terms before and after. */
export type AgreementChange = {
  __typename?: 'AgreementChange';
  /** Null when the change revoked the agreement. */
  after: Maybe<AgreementTerms>;
  at: Scalars['DateTime']['output'];
  /** Null when the change created the agreement. */
  before: Maybe<AgreementTerms>;
  /** Subject (token `sub`) of the ADMIN who made the change. */
  by: Scalars['String']['output'];
  from: Agency;
  to: Agency;
};

/** The terms your agency offers another (role ADMIN); RED is never shareable. */
export type AgreementInput = {
  /** Must be in the future; null: no expiry. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  hitNotification?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 500 characters. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** The receiving agency's code. */
  to: Scalars['String']['input'];
  upTo: Marking;
};

/**
 * A dry run of an agreement from the partner's point of view, judged by the same access rule every query
 * uses (the partner's view today and the same view with only your agreement replaced). Links count only
 * when the partner would see both ends, and only links and neighbours your agency itself may see.
 */
export type AgreementPreview = {
  __typename?: 'AgreementPreview';
  /** The agreement in force now (null: none, or expired). */
  current: Maybe<AgreementTerms>;
  /** Your links per type and marking, likewise. */
  links: Array<PreviewCount>;
  /** Of those, the ones linked to a record the partner sees today: they would appear in its neighbourhoods. */
  newInNeighbourhoods: PreviewRecords;
  /** Your records the partner would newly see. */
  newlyVisible: PreviewRecords;
  proposed: AgreementTerms;
  /** Your records per type and marking, visible to the partner now and after (groups with none either way left out). */
  records: Array<PreviewCount>;
  screening: PreviewScreening;
  to: Agency;
};

/** The terms of one agreement at one moment (before or after a change). */
export type AgreementTerms = {
  __typename?: 'AgreementTerms';
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  hitNotification: Scalars['Boolean']['output'];
  purpose: Maybe<Scalars['String']['output']>;
  upTo: Marking;
};

/** One watch touched by one change, with the records of the change that the watch covers and you may see now. */
export type Alert = {
  __typename?: 'Alert';
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
  /** What kind of write caused it: INGEST, IMPORT, SAME_AS, SCREENING. */
  change: Scalars['String']['output'];
  /** Resume point: pass it as `after` to continue after this alert (opaque). */
  cursor: Scalars['String']['output'];
  /** Ids of the records (and links) of the change the watch covers, visible to you at delivery. */
  recordIds: Array<Scalars['ID']['output']>;
  /** The records among recordIds, resolved through the ordinary access rule (links are not listed here). */
  records: Array<Node>;
  watch: Watch;
};

export type AlertFeed = {
  __typename?: 'AlertFeed';
  alerts: Array<Alert>;
  /** Pass as `after` for the next page; also advances past changes that concern none of your watches. */
  cursor: Scalars['String']['output'];
  /** True when more changes are waiting after `cursor`. */
  hasMore: Scalars['Boolean']['output'];
};

/**
 * One operation that returned records of your agency, from the audit log: who asked, when, through which
 * operation. Only your agency's records are listed; what else the reader saw is not shown.
 */
export type AuditRead = {
  __typename?: 'AuditRead';
  /** The reader's agency (yours or a partner's). */
  agency: Agency;
  /** Line of the entry in the audit log (its hash chain's order): where `npm run audit:verify` and an auditor find it. */
  line: Scalars['Int']['output'];
  /** Operation type and name as the client sent it, e.g. `query PersonCard`. */
  operation: Scalars['String']['output'];
  /** Your agency's records this operation returned. */
  recordIds: Array<Scalars['ID']['output']>;
  requestId: Scalars['String']['output'];
  role: Role;
  /** The reader: the token's subject. */
  subject: Scalars['String']['output'];
  time: Scalars['DateTime']['output'];
};

export type AuditReadPage = {
  __typename?: 'AuditReadPage';
  /** Pass as `after` for the next page (null on an empty page). */
  cursor: Maybe<Scalars['String']['output']>;
  hasMore: Scalars['Boolean']['output'];
  reads: Array<AuditRead>;
};

/** An operation of your agency's own users that was refused, with the error codes it got. */
export type AuditRefusal = {
  __typename?: 'AuditRefusal';
  errors: Array<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  operation: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
  role: Role;
  subject: Scalars['String']['output'];
  time: Scalars['DateTime']['output'];
};

export type AuditRefusalPage = {
  __typename?: 'AuditRefusalPage';
  cursor: Maybe<Scalars['String']['output']>;
  hasMore: Scalars['Boolean']['output'];
  refusals: Array<AuditRefusal>;
};

/**
 * How betweenness was computed. Exact (every node a source) while the network fits the time budget;
 * beyond it, estimated from `sources` source nodes drawn at random (the same for the same network),
 * each sum scaled up: with probability `confidence`, every node's betweenness lies within `errorBound`
 * of its exact value (Hoeffding's inequality with a union bound over the nodes; a worst-case bound, the
 * observed error is usually far smaller). Broker scores are estimated from the same sources, without a
 * stated bound. See docs/networks.md.
 */
export type CentralityEstimate = {
  __typename?: 'CentralityEstimate';
  confidence: Scalars['Float']['output'];
  /** Largest deviation from the exact normalised value, at `confidence` (0 when exact). */
  errorBound: Scalars['Float']['output'];
  exact: Scalars['Boolean']['output'];
  /** Source nodes whose shortest paths were counted (every node when exact). */
  sources: Scalars['Int']['output'];
};

export type CoTraveller = {
  __typename?: 'CoTraveller';
  person: Person;
  /** How many of the person's legs this one shared. */
  times: Scalars['Int']['output'];
  trips: Array<SharedTrip>;
};

export type CoTravellerConnection = {
  __typename?: 'CoTravellerConnection';
  edges: Array<CoTravellerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CoTravellerEdge = {
  __typename?: 'CoTravellerEdge';
  cursor: Scalars['String']['output'];
  node: CoTraveller;
};

export type Document = Node & {
  __typename?: 'Document';
  expiresOn: Maybe<Scalars['LocalDate']['output']>;
  holders: PersonConnection;
  id: Scalars['ID']['output'];
  issuedOn: Maybe<Scalars['LocalDate']['output']>;
  issuingCountry: Maybe<Scalars['CountryCode']['output']>;
  kind: Maybe<DocumentKind>;
  label: Scalars['String']['output'];
  /** The number as the source wrote it. */
  number: Scalars['String']['output'];
  provenance: Provenance;
  type: NodeType;
  /** Travel legs on which this document was used. */
  usedOn: TravelConnection;
};


export type DocumentHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DocumentUsedOnArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  link: Maybe<Link>;
  node: Document;
};

export type DocumentKind =
  | 'ID_CARD'
  | 'PASSPORT'
  | 'RESIDENCE_PERMIT'
  | 'VISA';

export type Gender =
  | 'female'
  | 'male'
  | 'other'
  | 'unknown';

/** A component or a community of one analysis (query-scoped, hence no `id`). */
export type Group = {
  __typename?: 'Group';
  /** Position in its list, 0 first; `NodeMetrics.component` and `community` refer to it. */
  index: Scalars['Int']['output'];
  members: Array<Scalars['ID']['output']>;
  size: Scalars['Int']['output'];
};

/**
 * A record hidden from you that matches, announced because its agency's agreement with yours allows
 * hit notification: which agency holds it and its reference, to ask for it through the usual channel.
 * Nothing else about it is given.
 */
export type HitNotice = {
  __typename?: 'HitNotice';
  agency: Agency;
  reference: Scalars['String']['output'];
};

export type Identifier = Node & {
  __typename?: 'Identifier';
  holders: PersonConnection;
  id: Scalars['ID']['output'];
  kind: Maybe<IdentifierKind>;
  label: Scalars['String']['output'];
  platform: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  type: NodeType;
  value: Scalars['String']['output'];
};


export type IdentifierHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type IdentifierConnection = {
  __typename?: 'IdentifierConnection';
  edges: Array<IdentifierEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IdentifierEdge = {
  __typename?: 'IdentifierEdge';
  cursor: Scalars['String']['output'];
  link: Maybe<Link>;
  node: Identifier;
};

export type IdentifierKind =
  | 'EMAIL'
  | 'MESSENGER'
  | 'PHONE';

/** Another record that may be the same human, with why. */
export type IdentityMatch = {
  __typename?: 'IdentityMatch';
  person: Person;
  reasons: Array<MatchReason>;
  score: Scalars['Float']['output'];
};

export type IngestError = {
  __typename?: 'IngestError';
  code: IngestErrorCode;
  /** The field at fault, when there is one (e.g. `properties.birthDate`). */
  field: Maybe<Scalars['String']['output']>;
  id: Maybe<Scalars['String']['output']>;
  /** Position of the record in `records`, from 0. */
  index: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type IngestErrorCode =
  /** The same id appears again later in the same call; the later record is the one written. */
  | 'DUPLICATE'
  /** The relationship id already joins other records. */
  | 'ENDPOINTS_CHANGED'
  /** `from` or `to` has a type this relationship type cannot join. */
  | 'ENDPOINT_TYPE'
  /** Your agency erased a record with this id (see `tombstones`): an erased record is not written again. */
  | 'ERASED'
  /** `source` names another agency. */
  | 'FOREIGN_SOURCE'
  /** The id is already taken by a record this caller may not change. */
  | 'ID_TAKEN'
  /** Not a valid record: missing or malformed field, unknown type, bad marking, property or date. */
  | 'INVALID'
  /** `retract` / `erase` lines need the ADMIN role of your agency. */
  | 'NOT_ALLOWED'
  /** A `retract` / `erase` line names no record of your agency (unknown id, or erased before: exactly the same answer). */
  | 'NOT_FOUND'
  /** The id exists as another record type (types never change). */
  | 'TYPE_CONFLICT'
  /** `from` or `to` is not a record the caller can see (unknown id, or hidden by its agency). */
  | 'UNKNOWN_ENDPOINT';

/**
 * One record for `ingest`, in the native format (one line of an NDJSON file for `npm run import`):
 * a node (`kind: "node"`, `type` a NodeType, `id`, `properties`) or a relationship
 * (`kind: "relationship"`, `type` a RelationshipType, `id`, `from`, `to`, `properties`), with its
 * provenance. Fields are loosely typed on purpose: each record is validated on its own, and a bad
 * one is reported in `IngestReport.errors` with its index instead of failing the whole call.
 */
export type IngestRecordInput = {
  /** 0..1 */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  /** node, relationship, retract or erase (a `retract` / `erase` line gives only `id` and `reason`; role ADMIN). */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** CLEAR, GREEN, AMBER, AMBER_STRICT or RED. */
  marking?: InputMaybe<Scalars['String']['input']>;
  /** Per-type properties (see the README, Bulk import); unknown keys are rejected. */
  properties?: InputMaybe<Scalars['JSONObject']['input']>;
  /** `retract` / `erase` lines: why (1..1000 characters), kept with the retraction or the tombstone. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 date-time with a zone (a bare YYYY-MM-DD means midnight UTC). */
  reportedAt?: InputMaybe<Scalars['String']['input']>;
  /** Omit it, or give your own agency: records are always stored under the caller's agency. */
  source?: InputMaybe<Scalars['String']['input']>;
  sourceRef?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type IngestReport = {
  __typename?: 'IngestReport';
  dryRun: Scalars['Boolean']['output'];
  /** One entry per rejected record, in input order. */
  errors: Array<IngestError>;
  summary: IngestSummary;
};

export type IngestSummary = {
  __typename?: 'IngestSummary';
  created: Scalars['Int']['output'];
  /** Records erased by `erase` lines (a tombstone each). */
  erased: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** Records retracted by `retract` lines. */
  retracted: Scalars['Int']['output'];
  /** Already stored with exactly these properties and provenance, or already retracted / erased: nothing written. */
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A person's legs chained into one trip: each leg starts where the last ended, within the gap. */
export type Journey = {
  __typename?: 'Journey';
  arrivedAt: Maybe<Scalars['DateTime']['output']>;
  departedAt: Maybe<Scalars['DateTime']['output']>;
  legs: Array<Travel>;
  /** Places in order: the first leg's origin, then each leg's destination. */
  route: Array<Location>;
};

export type KeyPlayer = {
  __typename?: 'KeyPlayer';
  node: SubgraphNode;
  role: KeyPlayerRole;
  score: Scalars['Float']['output'];
};

export type KeyPlayerRole =
  | 'BROKER'
  | 'RECRUITER';

/** A relationship between two records, as seen from one end of a connection. */
export type Link = {
  __typename?: 'Link';
  /** Global and stable: `<TYPE>:<relationship id>` (relationship ids are unique per type only), the same as `SubgraphEdge.key`. */
  id: Scalars['ID']['output'];
  /** Relationship properties (role, since, channel, amount, reason, ... by type). */
  properties: Scalars['JSONObject']['output'];
  provenance: Provenance;
  type: RelationshipType;
};

export type Location = Node & {
  __typename?: 'Location';
  /** The locations inside this one. */
  contains: LocationConnection;
  countryCode: Maybe<Scalars['CountryCode']['output']>;
  /** IATA code, for airports. */
  iata: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Maybe<LocationKind>;
  label: Scalars['String']['output'];
  latitude: Maybe<Scalars['Latitude']['output']>;
  longitude: Maybe<Scalars['Longitude']['output']>;
  name: Scalars['String']['output'];
  provenance: Provenance;
  type: NodeType;
  /** The enclosing locations (airport -> city -> country). */
  within: LocationConnection;
};


export type LocationContainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type LocationWithinArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LocationConnection = {
  __typename?: 'LocationConnection';
  edges: Array<LocationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LocationEdge = {
  __typename?: 'LocationEdge';
  cursor: Scalars['String']['output'];
  link: Maybe<Link>;
  node: Location;
};

export type LocationKind =
  | 'AIRPORT'
  | 'BORDER_CROSSING'
  | 'CITY'
  | 'COUNTRY'
  | 'PORT'
  | 'REGION';

/** Handling level of a record (Traffic Light Protocol 2.0), lowest to highest. */
export type Marking =
  | 'AMBER'
  | 'AMBER_STRICT'
  | 'CLEAR'
  | 'GREEN'
  | 'RED';

export type MatchField =
  | 'BIRTH_DATE'
  | 'DOCUMENT'
  | 'FLIGHT'
  | 'GENDER'
  | 'IDENTIFIER'
  | 'NAME'
  | 'NATIONALITY';

/** Why a candidate matched: one field compared, how, and how well. */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** What was compared: your input beside the visible record's value. */
  detail: Scalars['String']['output'];
  field: MatchField;
  /**
   * NAME: EXACT, VARIANT (same after transliteration, particles and word order are normalised),
   * PHONETIC, SIMILAR. BIRTH_DATE: EXACT, SWAPPED_DAY_MONTH, SAME_YEAR, ADJACENT_YEAR, DIFFERENT. GENDER: DIFFERENT.
   * DOCUMENT / IDENTIFIER / NATIONALITY: SHARED. FLIGHT: SAME_FLIGHT.
   */
  how: Scalars['String']['output'];
  /** This field's similarity, 0..1. */
  score: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records that `a` and `b` are the same human (role ANALYST or ADMIN): creates a SAME_AS link of your
   * agency (marked `marking`, default AMBER) that resolved-identity queries follow. Both must be
   * people you can see. Confirming again returns the active decision; a rejection must be retracted first.
   */
  confirmSameAs: SameAsDecision;
  /** Creates a watch for your agency (role ANALYST or ADMIN); its coverage is computed with your view now. */
  createWatch: Watch;
  /** Declines a pending request with a reason the requester sees (role ANALYST or ADMIN). */
  declineAccess: AccessRequest;
  /** Deletes a watch (its owner or an ADMIN of the agency). */
  deleteWatch: Scalars['Boolean']['output'];
  /**
   * Erases your agency's records (role ADMIN): properties and every link removed from the graph, a
   * tombstone kept. Irreversible. At most 1000 ids. `dryRun`: the tombstones it would leave, nothing written.
   */
  erase: Array<Tombstone>;
  /**
   * Upserts up to 5000 records by id (role INGEST or ADMIN), stored under the caller's agency.
   * Valid records are written in one transaction, all or nothing; invalid ones are reported per
   * index and skipped. Relationships may join records of the same call, or existing records the
   * caller's agency can see. `dryRun` validates and reports without writing.
   */
  ingest: IngestReport;
  /** Pauses or resumes a watch (its owner or an ADMIN of the agency). */
  pauseWatch: Watch;
  /**
   * Re-confirms your records (role ANALYST or ADMIN): their review clock starts again, and so does that of
   * your links touching them. At most 1000 ids; ids that are not your records are left out of the answer,
   * exactly like missing ones. `dryRun`: the ids it would re-confirm, nothing written.
   */
  reconfirm: Array<Scalars['ID']['output']>;
  /** Recomputes a watch's coverage with your view now (a network that grew). */
  refreshWatch: Watch;
  /** Records that `a` and `b` are not the same human: your agency is not proposed the pair again. */
  rejectSameAs: SameAsDecision;
  /**
   * Releases your record `recordId` (the one the request's reference names) to the requesting agency
   * until `until` at `marking` (role ANALYST or ADMIN; RED records and RED are never released). With
   * `withContext`, your non-RED records and links one hop from it are released too.
   */
  releaseRecord: Release;
  /**
   * Asks `agency` for the record behind a hit notice's `reference` (role ANALYST or ADMIN). The answer
   * never says whether the reference exists: the holder decides.
   */
  requestAccess: AccessRequest;
  /**
   * Retracts your agency's records (role ADMIN): hidden from everyone but your agency's ADMINs, with the
   * links that touch them, until `unretract`. Returns the ids retracted now (others: not yours, missing
   * or already retracted). At most 1000 ids. `dryRun`: what would be retracted, nothing written.
   */
  retract: Array<Scalars['ID']['output']>;
  /** Withdraws your agency's active decision on the pair (a confirmation's SAME_AS link is removed); the history stays. */
  retractSameAs: SameAsDecision;
  /** Revokes your agency's agreement with `to` (role ADMIN); false when there was none. */
  revokeAgreement: Scalars['Boolean']['output'];
  /** Ends a release now (role ANALYST or ADMIN of the holder); false when it was not yours or already ended. */
  revokeRelease: Scalars['Boolean']['output'];
  /**
   * Creates or changes your agency's agreement with another agency (role ADMIN). It acts from the next
   * request of every API instance; the change is recorded with its terms before and after.
   */
  setAgreement: SharingAgreement;
  /**
   * Sets your agency's retention terms (role ADMIN): review period 1..3650 days, grace 0..365 days. Acts on
   * the next request of every API instance; recorded in `retentionChanges`.
   */
  setRetention: RetentionTerms;
  /** Brings retracted records of your agency and their links back (role ADMIN); returns the ids restored. */
  unretract: Array<Scalars['ID']['output']>;
};


export type MutationConfirmSameAsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  marking?: InputMaybe<Marking>;
  reason: Scalars['String']['input'];
};


export type MutationCreateWatchArgs = {
  input: WatchInput;
};


export type MutationDeclineAccessArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationDeleteWatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  ids: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationIngestArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  records: Array<IngestRecordInput>;
};


export type MutationPauseWatchArgs = {
  id: Scalars['ID']['input'];
  paused: Scalars['Boolean']['input'];
};


export type MutationReconfirmArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRefreshWatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectSameAsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReleaseRecordArgs = {
  marking: Marking;
  recordId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
  withContext?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationRequestAccessArgs = {
  agency: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  reference: Scalars['String']['input'];
};


export type MutationRetractArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  ids: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationRetractSameAsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeAgreementArgs = {
  to: Scalars['String']['input'];
};


export type MutationRevokeReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetAgreementArgs = {
  input: AgreementInput;
};


export type MutationSetRetentionArgs = {
  reviewGraceDays: Scalars['Int']['input'];
  reviewPeriodDays: Scalars['Int']['input'];
};


export type MutationUnretractArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  ids: Array<Scalars['ID']['input']>;
};

export type NetworkAnalysis = {
  __typename?: 'NetworkAnalysis';
  /**
   * People who link into another community, ranked by inter-community betweenness: the share of shortest
   * paths between nodes of different communities that pass through them (score). At most 10.
   */
  brokers: Array<KeyPlayer>;
  /** Whether betweenness and broker scores are exact or estimated from a sample of source nodes (large networks). */
  centrality: CentralityEstimate;
  /** Communities (Louvain, seeded: the same input gives the same cells). */
  communities: Array<Group>;
  components: Array<Group>;
  /** Per-node metrics, highest betweenness first. */
  metrics: Array<NodeMetrics>;
  /** People ranked by recruitment reach within the subgraph. */
  recruiters: Array<KeyPlayer>;
  subgraph: Subgraph;
};

/** Where a matched person sits in the visible network (shortest distance over person-to-person links). */
export type NetworkContext = {
  __typename?: 'NetworkContext';
  /** The bound the distances were searched within. */
  maxHops: Scalars['Int']['output'];
  nearestRecruiter: Maybe<Person>;
  nearestWatchlisted: Maybe<Person>;
  /** Hops to the nearest person with visible recruits (0: the person recruited); null: none within maxHops. */
  recruiterDistance: Maybe<Scalars['Int']['output']>;
  /** Hops to the nearest person on a visible watchlist (0: the person is listed); null: none within maxHops. */
  watchlistDistance: Maybe<Scalars['Int']['output']>;
};

/** An analytic record: anything with a global id and provenance. */
export type Node = {
  /** Global, stable id (unique across all record types). */
  id: Scalars['ID']['output'];
  /** A short human-readable label (name, number, route...). */
  label: Scalars['String']['output'];
  provenance: Provenance;
  type: NodeType;
};

export type NodeConnection = {
  __typename?: 'NodeConnection';
  edges: Array<NodeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NodeEdge = {
  __typename?: 'NodeEdge';
  cursor: Scalars['String']['output'];
  link: Maybe<Link>;
  node: Node;
};

export type NodeMetrics = {
  __typename?: 'NodeMetrics';
  /** Normalised betweenness centrality (0..1) on the visible subgraph. */
  betweenness: Scalars['Float']['output'];
  community: Scalars['Int']['output'];
  component: Scalars['Int']['output'];
  degree: Scalars['Int']['output'];
  node: SubgraphNode;
  /** PageRank (damping 0.85), iterated until no node's value moves by more than 1e-6 of itself. */
  pageRank: Scalars['Float']['output'];
  /** Everyone reached through RECRUITED chains within the subgraph. */
  recruitReach: Scalars['Int']['output'];
  /** Direct recruits (RECRUITED out-degree) within the subgraph. */
  recruits: Scalars['Int']['output'];
};

export type NodeType =
  | 'Document'
  | 'Identifier'
  | 'Location'
  | 'Organisation'
  | 'Person'
  | 'Travel'
  | 'Watchlist';

export type Organisation = Node & {
  __typename?: 'Organisation';
  affiliates: OrganisationConnection;
  aliases: Array<Scalars['String']['output']>;
  country: Maybe<Scalars['CountryCode']['output']>;
  id: Scalars['ID']['output'];
  kind: Maybe<OrganisationKind>;
  label: Scalars['String']['output'];
  members: PersonConnection;
  name: Scalars['String']['output'];
  provenance: Provenance;
  type: NodeType;
  watchlistEntries: WatchlistConnection;
};


export type OrganisationAffiliatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganisationWatchlistEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  link: Maybe<Link>;
  node: Organisation;
};

export type OrganisationKind =
  | 'ARMED_GROUP'
  | 'CHARITY'
  | 'COMPANY'
  | 'FRONT'
  | 'MEDIA'
  | 'MOSQUE_ASSOCIATION'
  | 'OTHER';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  /** edges[i] joins nodes[i] and nodes[i+1]. */
  edges: Array<SubgraphEdge>;
  length: Scalars['Int']['output'];
  /** Ordered from `from` to `to`. */
  nodes: Array<SubgraphNode>;
};

export type PathMode =
  /** Every shortest path (up to `limit`). */
  | 'ALL_SHORTEST'
  /** The `limit` shortest simple paths (no node twice), shortest first, not only the shortest length (Yen's algorithm). */
  | 'K_SHORTEST';

export type Person = Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  associates: PersonConnection;
  birthDate: Maybe<Scalars['LocalDate']['output']>;
  birthPlace: Maybe<Scalars['String']['output']>;
  /** People this person communicated with; the link carries channel, first/last seen, count. */
  contacts: PersonConnection;
  documents: DocumentConnection;
  family: PersonConnection;
  gender: Maybe<Gender>;
  id: Scalars['ID']['output'];
  identifiers: IdentifierConnection;
  /** Travel legs chained into journeys (a gap of at most maxGapHours, 1..720, between legs); at most 100. */
  journeys: Array<Journey>;
  label: Scalars['String']['output'];
  /** Organisations this person is a member of; the link carries role, since, until. */
  memberships: OrganisationConnection;
  name: Scalars['String']['output'];
  nationalities: Array<Scalars['CountryCode']['output']>;
  provenance: Provenance;
  /** People who recruited this person; the link carries at, channel, place. */
  recruitedBy: PersonConnection;
  /** People this person recruited. */
  recruits: PersonConnection;
  /** Other records of the same human (SAME_AS), as far as the viewer can see them. */
  sameAs: PersonConnection;
  /** Travel legs, earliest first. */
  travels: TravelConnection;
  type: NodeType;
  /** Watchlists this person is on; the link carries added and reason. */
  watchlistEntries: WatchlistConnection;
};


export type PersonAssociatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonFamilyArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonIdentifiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonJourneysArgs = {
  between?: InputMaybe<TimeWindow>;
  maxGapHours?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonRecruitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonRecruitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonSameAsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonTravelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonWatchlistEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  /** The relationship that led here (null in top-level lists). */
  link: Maybe<Link>;
  node: Person;
};

/** How many of your records (or links) of one type and marking the partner sees now and would see after. */
export type PreviewCount = {
  __typename?: 'PreviewCount';
  after: Scalars['Int']['output'];
  marking: Marking;
  now: Scalars['Int']['output'];
  /** A node type (records) or relationship type (links). */
  type: Scalars['String']['output'];
};

/** One of your records in a preview sample. */
export type PreviewRecord = {
  __typename?: 'PreviewRecord';
  id: Scalars['ID']['output'];
  marking: Marking;
  type: Scalars['String']['output'];
};

/** A count with a sample (lowest ids first, at most the preview's `sample`). */
export type PreviewRecords = {
  __typename?: 'PreviewRecords';
  count: Scalars['Int']['output'];
  sample: Array<PreviewRecord>;
};

/** What a proposed agreement changes for screening (which matches people and documents). */
export type PreviewScreening = {
  __typename?: 'PreviewScreening';
  hitNoticesAfter: Scalars['Int']['output'];
  /** Your people and documents a screening would announce only by hit notice, today and after. */
  hitNoticesNow: Scalars['Int']['output'];
  /** Your people and documents a screening by the partner would newly return in full. */
  newlyScreenable: Scalars['Int']['output'];
};

/** Where a record or relationship comes from, how it may be handled, and how old it is. */
export type Provenance = {
  __typename?: 'Provenance';
  /** Whole days since `reportedAt`: the age of what we know. */
  ageDays: Scalars['Int']['output'];
  /** The source's own grading, 0..1. */
  confidence: Scalars['Float']['output'];
  marking: Marking;
  /** Set when you see this record because its holder released it to your agency ("released by X on ..., until ..."). */
  release: Maybe<ReleaseNote>;
  /** When the source reported it. */
  reportedAt: Scalars['DateTime']['output'];
  /**
   * True when the owner's last review is older than the owner's review period. After the owner's grace period
   * the record shows only to its own agency until re-confirmed. (`stale` is the reader's own threshold on the
   * age of the information, `reportedAt`; the two are independent.)
   */
  reviewDue: Scalars['Boolean']['output'];
  /** The owner's last review: when the record was last written through ingest or re-confirmed (null: not under review). */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Code of the agency that reported it, e.g. TR-INTEL. */
  source: Scalars['String']['output'];
  /** The reporting agency (null only if the code is not a known agency). */
  sourceAgency: Maybe<Agency>;
  /** The source's own reference for the record. */
  sourceRef: Maybe<Scalars['String']['output']>;
  /** True when `ageDays` exceeds the reader's staleness threshold (SKEIN_STALE_AFTER_DAYS): old information, check it still holds. The owner's review is `reviewDue`. */
  stale: Scalars['Boolean']['output'];
  /** When the fact began to be true in the world (null: unknown / open). */
  validFrom: Maybe<Scalars['DateTime']['output']>;
  /** When the fact stopped being true in the world (null: still true / unknown). */
  validTo: Maybe<Scalars['DateTime']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Requests other agencies sent your agency (role ANALYST or ADMIN), newest first, at most `first` (1..200). */
  accessRequests: Array<AccessRequest>;
  /** Every agency taking part. */
  agencies: Array<Agency>;
  agency: Maybe<Agency>;
  /**
   * Changes to the agreements your agency gives or receives, newest first (role ADMIN), at most
   * `first` (1..200, default 50).
   */
  agreementChanges: Array<AgreementChange>;
  /**
   * The replayable alert feed: alerts of your agency's watches (or of `watchIds`) after `after`, in
   * commit order, at most `first` (1..500, default 100). Filtered with your current view.
   */
  alerts: AlertFeed;
  /**
   * Who read your agency's records (role ADMIN): every operation that returned one of them, oldest first,
   * between `from` (inclusive) and `to` (exclusive), or of one record with `recordId`. Another agency's
   * record answers like a record nobody read. At most `first` (1..500) per page; `after` takes `cursor`.
   */
  auditReads: AuditReadPage;
  /**
   * Operations of your agency's users that were refused (role ADMIN), oldest first, with their error
   * codes. Requests refused before a valid token named an agency are the operator's (audit log), not listed.
   */
  auditRefusals: AuditRefusalPage;
  /** People on the same flight (same flight number) or crossing (same destination by land) within windowHours (1..168). */
  coTravellers: CoTravellerConnection;
  document: Maybe<Document>;
  identifier: Maybe<Identifier>;
  /**
   * Other visible records that may be the same human as `personId`: shared document numbers or
   * identifiers, the same name variant and birth date, the same flight under a similar name. Records
   * already joined by SAME_AS, and pairs your agency rejected, are left out. `first` 1..50.
   */
  identityMatches: Array<IdentityMatch>;
  location: Maybe<Location>;
  /** Requests your agency sent, newest first, at most `first` (1..200). */
  myAccessRequests: Array<AccessRequest>;
  /**
   * The visible neighbourhood of records, `depth` 1..3 hops, as one subgraph. `limit` caps nodes
   * (default 200, maximum 2000); each node contributes at most `perNodeLimit` links (default 50,
   * maximum 500). `types` narrows relationship types; `between` keeps facts true in the window.
   */
  neighbourhood: Subgraph;
  /**
   * Network analysis of the visible subgraph around `seeds` (as `neighbourhood`, limit up to 10000
   * nodes; past that a LIMIT_EXCEEDED error): components, communities, centralities, key players.
   */
  network: NetworkAnalysis;
  /** One record by id; null when it does not exist or you may not see it. */
  node: Maybe<Node>;
  /** Up to 100 records by id, in the order asked; null for each missing or hidden one. */
  nodes: Array<Maybe<Node>>;
  organisation: Maybe<Organisation>;
  organisations: OrganisationConnection;
  /** Shortest paths between two records (maxHops 1..6, limit 1..25), through visible records only. */
  paths: Array<Path>;
  /** People, ordered by id (first: 0..100); `staleOnly` keeps records whose `provenance.stale` is true (old information). */
  people: PersonConnection;
  person: Maybe<Person>;
  /**
   * What `setAgreement(input)` would change for the partner, without changing anything (role ADMIN).
   * `sample` (0..100, default 20) caps each sample list.
   */
  previewAgreement: AgreementPreview;
  /** People ranked by recruitment reach: direct recruits and recruits of recruits (maxDepth 1..4). */
  recruiters: RecruiterConnection;
  /** Changes of your agency's retention terms, newest first (role ADMIN), at most `first` (1..200). */
  retentionChanges: Array<RetentionChange>;
  /** Your agency's records due for review (role ANALYST or ADMIN), ordered by id (first: 0..100). */
  reviewDue: ReviewDueConnection;
  /**
   * Screens up to 10,000 travellers against the people, documents and watchlists you may see. Names
   * are matched across transliterations, particles, word order and diacritics; document numbers are
   * normalised. Each row returns candidates scoring at least `threshold` (0.5..1, default 0.8) with
   * reasons, watchlists and network context (distances within `maxHops`, 1..4), and hit notices for
   * hidden records whose agencies allow it. `maxCandidates` per row: 1..20.
   */
  screen: ScreeningReport;
  /**
   * Full-text search over names, aliases, document numbers and identifiers, accent-insensitive
   * and tolerant of small spelling differences. `types` narrows the record types.
   */
  search: SearchConnection;
  /** Every visible dated fact about a record, in time order (at most 5000 facts). */
  timeline: TimelineConnection;
  /** Your agency's tombstones, newest first (role ADMIN), at most `first` (1..200). */
  tombstones: Array<Tombstone>;
  travel: Maybe<Travel>;
  /**
   * Route patterns: journeys that pass `through` (any place inside these locations, e.g. a country),
   * start `from` and reach `to` within `withinDays` of passing through, grouped by the ordered places
   * travelled, with who took them and how many are near a recruiter or a watchlist.
   */
  travelRoutes: RoutePatternConnection;
  /** Who the API thinks you are. */
  viewer: Viewer;
  /** Your agency's watches. */
  watches: Array<Watch>;
  watchlist: Maybe<Watchlist>;
  watchlists: WatchlistConnection;
};


export type QueryAccessRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AccessRequestStatus>;
};


export type QueryAgencyArgs = {
  code: Scalars['String']['input'];
};


export type QueryAgreementChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  watchIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryAuditReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAuditRefusalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCoTravellersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
  windowHours?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryIdentifierArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryIdentityMatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
  threshold?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryLocationArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryMyAccessRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  perNodeLimit?: InputMaybe<Scalars['Int']['input']>;
  resolveIdentities?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNetworkArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  resolution?: InputMaybe<Scalars['Float']['input']>;
  resolveIdentities?: InputMaybe<Scalars['Boolean']['input']>;
  seeds: Array<Scalars['ID']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNodeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganisationArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
  staleOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<PathMode>;
  resolveIdentities?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
  staleOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPersonArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryPreviewAgreementArgs = {
  input: AgreementInput;
  sample?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecruitersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  resolveIdentities?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRetentionChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScreenArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  maxCandidates?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
  travellers: Array<TravellerInput>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
  staleOnly?: InputMaybe<Scalars['Boolean']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
};


export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryTombstonesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTravelArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryTravelRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxGapHours?: InputMaybe<Scalars['Int']['input']>;
  minTravellers?: InputMaybe<Scalars['Int']['input']>;
  through?: InputMaybe<Array<Scalars['ID']['input']>>;
  to?: InputMaybe<Array<Scalars['ID']['input']>>;
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWatchlistArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryWatchlistsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
  staleOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RecruiterConnection = {
  __typename?: 'RecruiterConnection';
  edges: Array<RecruiterEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RecruiterEdge = {
  __typename?: 'RecruiterEdge';
  cursor: Scalars['String']['output'];
  node: RecruiterRank;
};

export type RecruiterRank = {
  __typename?: 'RecruiterRank';
  direct: Scalars['Int']['output'];
  indirect: Scalars['Int']['output'];
  /** Members of the person's resolved identity (just the person's id otherwise). */
  members: Array<Scalars['ID']['output']>;
  person: Person;
  reach: Scalars['Int']['output'];
};

export type RelationshipType =
  | 'AFFILIATED_WITH'
  | 'ASSOCIATE_OF'
  | 'COMMUNICATED_WITH'
  | 'FAMILY_OF'
  | 'FROM'
  | 'FUNDED'
  | 'HOLDS'
  | 'LISTED_ON'
  | 'LOCATED_IN'
  | 'MADE'
  | 'MEMBER_OF'
  | 'RECRUITED'
  | 'SAME_AS'
  | 'TO'
  | 'USED';

/** One record (optionally with its 1-hop context) released by its holder to one agency, until a date. */
export type Release = {
  __typename?: 'Release';
  /** The agency it is released to. */
  agency: Agency;
  holder: Agency;
  id: Scalars['ID']['output'];
  /** The marking the receiving agency must handle it at. */
  marking: Marking;
  /** The record the request was about. */
  recordId: Scalars['ID']['output'];
  /** Every record and link released with it (the record, and its 1-hop context when asked). */
  recordIds: Array<Scalars['ID']['output']>;
  releasedAt: Scalars['DateTime']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  until: Scalars['DateTime']['output'];
};

/** How a record you see only through a release reached you. */
export type ReleaseNote = {
  __typename?: 'ReleaseNote';
  holder: Agency;
  marking: Marking;
  releasedAt: Scalars['DateTime']['output'];
  until: Scalars['DateTime']['output'];
};

/** One change of an agency's retention terms: who, when, before and after. */
export type RetentionChange = {
  __typename?: 'RetentionChange';
  after: RetentionTerms;
  agency: Agency;
  at: Scalars['DateTime']['output'];
  before: RetentionTerms;
  /** Subject of the ADMIN who made the change. */
  by: Scalars['String']['output'];
};

/** An agency's retention terms. */
export type RetentionTerms = {
  __typename?: 'RetentionTerms';
  reviewGraceDays: Scalars['Int']['output'];
  reviewPeriodDays: Scalars['Int']['output'];
};

export type ReviewDueConnection = {
  __typename?: 'ReviewDueConnection';
  edges: Array<ReviewDueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewDueEdge = {
  __typename?: 'ReviewDueEdge';
  cursor: Scalars['String']['output'];
  /** When the review fell due (reviewedAt + review period). */
  dueAt: Scalars['DateTime']['output'];
  /** When other agencies stop (or stopped) seeing it unless re-confirmed (dueAt + grace period). */
  hiddenFromOthersAt: Scalars['DateTime']['output'];
  node: Node;
  /** The last review. */
  reviewedAt: Scalars['DateTime']['output'];
};

export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'INGEST';

/** An ordered sequence of places several people travelled, e.g. Brussels -> Istanbul SAW -> Gaziantep -> border. */
export type RoutePattern = {
  __typename?: 'RoutePattern';
  firstDeparted: Maybe<Scalars['DateTime']['output']>;
  lastDeparted: Maybe<Scalars['DateTime']['output']>;
  linkedToRecruiter: Scalars['Int']['output'];
  linkedToWatchlist: Scalars['Int']['output'];
  route: Array<Location>;
  travellerCount: Scalars['Int']['output'];
  /** Travellers (first 50, earliest first). */
  travellers: Array<RouteTraveller>;
};

export type RoutePatternConnection = {
  __typename?: 'RoutePatternConnection';
  edges: Array<RoutePatternEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoutePatternEdge = {
  __typename?: 'RoutePatternEdge';
  cursor: Scalars['String']['output'];
  node: RoutePattern;
};

/** One traveller's journey matching a route pattern. */
export type RouteTraveller = {
  __typename?: 'RouteTraveller';
  journey: Journey;
  /** Linked (within 2 hops over visible person links) to someone with visible recruits. */
  nearRecruiter: Scalars['Boolean']['output'];
  /** Linked (within 2 hops, or themselves) to someone on a visible watchlist. */
  nearWatchlist: Scalars['Boolean']['output'];
  person: Person;
};

export type RouteWatch = {
  __typename?: 'RouteWatch';
  from: Array<Scalars['ID']['output']>;
  maxGapHours: Scalars['Int']['output'];
  through: Array<Scalars['ID']['output']>;
  to: Array<Scalars['ID']['output']>;
  withinDays: Scalars['Int']['output'];
};

/** The journey pattern of a ROUTE watch (the arguments of `travelRoutes`; places cover every place inside them). */
export type RouteWatchInput = {
  from?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Hours allowed between arriving and departing again within one journey (1..720). */
  maxGapHours?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 20 places each; at least one place in all. */
  through?: InputMaybe<Array<Scalars['ID']['input']>>;
  to?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Days allowed from entering `through` (or departing) to reaching `to` (1..3650). */
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};

/** An analyst's decision on whether two records are the same human: who, when, why; kept after retraction. */
export type SameAsDecision = {
  __typename?: 'SameAsDecision';
  a: Maybe<Person>;
  /** False once retracted. */
  active: Scalars['Boolean']['output'];
  /** The deciding agency. */
  agency: Scalars['String']['output'];
  b: Maybe<Person>;
  decidedAt: Scalars['DateTime']['output'];
  decidedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SameAsDecisionKind;
  reason: Scalars['String']['output'];
  retractReason: Maybe<Scalars['String']['output']>;
  retractedAt: Maybe<Scalars['DateTime']['output']>;
  retractedBy: Maybe<Scalars['String']['output']>;
  /** Id of the SAME_AS link a confirmation created (removed on retraction). */
  sameAsId: Maybe<Scalars['ID']['output']>;
};

export type SameAsDecisionKind =
  | 'CONFIRMED'
  | 'REJECTED';

export type ScreeningCandidate = {
  __typename?: 'ScreeningCandidate';
  network: NetworkContext;
  person: Person;
  reasons: Array<MatchReason>;
  /** 0..1; candidates are ordered by score, then id. */
  score: Scalars['Float']['output'];
  /** Visible watchlists the person is on (at most 20). */
  watchlists: Array<Watchlist>;
};

export type ScreeningReport = {
  __typename?: 'ScreeningReport';
  /** Rows with at least one hit notice. */
  hitRows: Scalars['Int']['output'];
  /** Rows with at least one visible candidate. */
  matchedRows: Scalars['Int']['output'];
  rowCount: Scalars['Int']['output'];
  /** One entry per traveller, in input order. */
  rows: Array<ScreeningRow>;
  threshold: Scalars['Float']['output'];
};

export type ScreeningRow = {
  __typename?: 'ScreeningRow';
  /** Visible candidates at or above the threshold, best first (at most maxCandidates). */
  candidates: Array<ScreeningCandidate>;
  hits: Array<HitNotice>;
  /** Position of the row in `travellers`, from 0. */
  index: Scalars['Int']['output'];
  ref: Maybe<Scalars['String']['output']>;
  /** More candidates than returned, or more lookups than read: screen the row on its own with more detail. */
  truncated: Scalars['Boolean']['output'];
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
  /** Visible matches, counted up to 1000. */
  totalCount: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: Node;
  /**
   * Relevance 0..1 (higher is better), computed from the query and this record alone: exact words 1,
   * prefixes 0.9, spelling variants up to 0.8, averaged over the query's words. Never from statistics
   * over other records, so neither the score nor the order says anything about records you cannot see.
   */
  score: Scalars['Float']['output'];
};

export type SharedTrip = {
  __typename?: 'SharedTrip';
  /** FLIGHT: same flight number within the window; CROSSING: same destination by land or sea within the window. */
  kind: Scalars['String']['output'];
  mine: Travel;
  theirs: Travel;
};

/** What one agency shares with another. */
export type SharingAgreement = {
  __typename?: 'SharingAgreement';
  /** When the agreement stops acting by itself (null: until changed or revoked). */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  from: Agency;
  /** Whether hidden records may be announced as a hit (agency and reference only). */
  hitNotification: Scalars['Boolean']['output'];
  /** Why the agency shares: the purpose the receiving agency may use the records for. */
  purpose: Maybe<Scalars['String']['output']>;
  to: Agency;
  /** The highest marking shared (RED is never shared). */
  upTo: Marking;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  /** Nodes whose links were capped (hub protection); expand them on their own to see more. */
  cappedNodes: Array<Scalars['ID']['output']>;
  edges: Array<SubgraphEdge>;
  nodes: Array<SubgraphNode>;
  /** True when the node limit or a per-node link cap cut the result. */
  truncated: Scalars['Boolean']['output'];
};

/** One relationship as an edge of a query's answer. */
export type SubgraphEdge = {
  __typename?: 'SubgraphEdge';
  /** `<TYPE>:<relationship id>`: unique among edges (relationship ids are unique per type only). Equal to `Link.id`. */
  key: Scalars['ID']['output'];
  properties: Scalars['JSONObject']['output'];
  provenance: Provenance;
  /** Key of the node the relationship leaves. */
  source: Scalars['ID']['output'];
  /** Key of the node the relationship enters. */
  target: Scalars['ID']['output'];
  type: RelationshipType;
};

/**
 * A node of a subgraph, shaped for graph canvases (graphology, Cytoscape, sigma): one record, or one resolved
 * identity, as a node of one query's answer. It has no `id` on purpose: `depth` and `members`
 * depend on the query, so a normalising client cache (Apollo, urql graphcache) must not merge the nodes of two answers.
 */
export type SubgraphNode = {
  __typename?: 'SubgraphNode';
  /** Hops from the nearest seed. */
  depth: Scalars['Int']['output'];
  /** The record id (for a resolved identity, its lowest member id); `SubgraphEdge.source` and `target` refer to it. */
  key: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** Record ids merged into this node when identities are resolved (just [key] otherwise). */
  members: Array<Scalars['ID']['output']>;
  /** The record's own properties (names, numbers, dates...). */
  properties: Scalars['JSONObject']['output'];
  provenance: Provenance;
  type: NodeType;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Live alerts over graphql-ws at /graphql; starts after `after` (an AlertFeed or Alert cursor) or now. */
  alerts: Alert;
};


export type SubscriptionAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  watchIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A time window on when facts were true (validFrom/validTo); open ends allowed. */
export type TimeWindow = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One dated fact about a record: about the record itself, or a relationship of it. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  at: Scalars['DateTime']['output'];
  kind: TimelineKind;
  /** The relationship the fact is about (null for facts about the record itself). */
  link: Maybe<Link>;
  /** The record at the other end of the relationship (or the record itself). */
  record: Node;
};

export type TimelineEventEdge = {
  __typename?: 'TimelineEventEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEvent;
};

export type TimelineKind =
  | 'ARRIVED'
  | 'DEPARTED'
  | 'LINK_ENDED'
  | 'LINK_STARTED'
  | 'REPORTED'
  | 'VALID_FROM'
  | 'VALID_TO';

/** What is kept of an erased record: enough to prove what was erased and when, none of its content. */
export type Tombstone = {
  __typename?: 'Tombstone';
  /** SHA-256 (hex) of the erased content: the record's properties and its links, canonical JSON (docs/sharing.md). */
  contentHash: Scalars['String']['output'];
  erasedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  source: Scalars['String']['output'];
  type: NodeType;
};

/** One leg of a journey. */
export type Travel = Node & {
  __typename?: 'Travel';
  arrivedAt: Maybe<Scalars['DateTime']['output']>;
  carrier: Maybe<Scalars['String']['output']>;
  departedAt: Maybe<Scalars['DateTime']['output']>;
  documentUsed: Maybe<Document>;
  flightNumber: Maybe<Scalars['String']['output']>;
  from: Maybe<Location>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mode: Maybe<TravelMode>;
  provenance: Provenance;
  to: Maybe<Location>;
  traveller: Maybe<Person>;
  type: NodeType;
};

export type TravelConnection = {
  __typename?: 'TravelConnection';
  edges: Array<TravelEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TravelEdge = {
  __typename?: 'TravelEdge';
  cursor: Scalars['String']['output'];
  link: Maybe<Link>;
  node: Travel;
};

export type TravelMode =
  | 'AIR'
  | 'LAND'
  | 'SEA';

/** One row of a passenger manifest (or any list of travellers) to screen. */
export type TravellerInput = {
  /** Other names (at most 5). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  birthDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The flight's day: with it, only legs on that day count as the same flight. */
  departureDate?: InputMaybe<Scalars['LocalDate']['input']>;
  documentCountry?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Compared by letters and digits only, upper-cased ("nx-4k8 p2" = "NX4K8P2"). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Flight number (e.g. TK1938): a candidate on the same flight gets a FLIGHT reason. */
  flightNumber?: InputMaybe<Scalars['String']['input']>;
  /** A different known gender counts against a candidate. */
  gender?: InputMaybe<Gender>;
  /** Full name in any script and word order (at most 300 characters). */
  name: Scalars['String']['input'];
  nationality?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Your own reference for the row, echoed back. */
  ref?: InputMaybe<Scalars['String']['input']>;
};

export type Viewer = {
  __typename?: 'Viewer';
  agency: Agency;
  role: Role;
  /** Agreements under which the viewer's agency shares with others. */
  sharedByMe: Array<SharingAgreement>;
  /** Agreements under which other agencies share with the viewer's agency. */
  sharedWithMe: Array<SharingAgreement>;
};

/** A standing watch of your agency. Its coverage is fixed when it is created or refreshed, with your agency's view then. */
export type Watch = {
  __typename?: 'Watch';
  /** How many records the watch covers. */
  coverage: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  depth: Maybe<Scalars['Int']['output']>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Global, stable id of the watch. */
  id: Scalars['ID']['output'];
  kind: WatchKind;
  name: Scalars['String']['output'];
  /** Subject (token `sub`) of the analyst who created it. */
  owner: Scalars['String']['output'];
  paused: Scalars['Boolean']['output'];
  refreshedAt: Scalars['DateTime']['output'];
  /** ROUTE watches: the journey pattern; null for other kinds. */
  route: Maybe<RouteWatch>;
  seeds: Array<Scalars['ID']['output']>;
  types: Maybe<Array<RelationshipType>>;
};

export type WatchInput = {
  /** NETWORK: hops around the seeds, 1..3 (default 2). */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** After this instant the watch delivers nothing. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: WatchKind;
  name: Scalars['String']['input'];
  /** ROUTE: the journey pattern. */
  route?: InputMaybe<RouteWatchInput>;
  /** NETWORK: the seed records; TRAVEL: the places (1..20). */
  seeds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** PERSON: the person; WATCHLIST: the watchlist. */
  target?: InputMaybe<Scalars['ID']['input']>;
  /** NETWORK: relationship types followed and reported (default: all). */
  types?: InputMaybe<Array<RelationshipType>>;
};

/** What a watch follows. */
export type WatchKind =
  /** Seeds and their visible neighbourhood (`depth`, `types`): any new or changed record or link inside it, and any link that newly connects to it. */
  | 'NETWORK'
  /** One person: a new travel leg, document or identifier, a new SAME_AS, a screening hit. */
  | 'PERSON'
  /**
   * A journey pattern, as `travelRoutes` finds them (`route`: from / through / to places, gap and days):
   * a visible journey that matches it, raised by a new or changed leg from or to one of its places.
   */
  | 'ROUTE'
  /** Places (`seeds`: locations; a country or city covers every place inside it): a new visible travel leg from or to them. */
  | 'TRAVEL'
  /** A watchlist: a listed person screened in a manifest, a new travel leg of a listed person, a new listing. */
  | 'WATCHLIST';

export type Watchlist = Node & {
  __typename?: 'Watchlist';
  /** Listed people and organisations; the link carries added and reason. */
  entries: NodeConnection;
  id: Scalars['ID']['output'];
  kind: Maybe<WatchlistKind>;
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
  provenance: Provenance;
  type: NodeType;
};


export type WatchlistEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  between?: InputMaybe<TimeWindow>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WatchlistConnection = {
  __typename?: 'WatchlistConnection';
  edges: Array<WatchlistEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WatchlistEdge = {
  __typename?: 'WatchlistEdge';
  cursor: Scalars['String']['output'];
  link: Maybe<Link>;
  node: Watchlist;
};

export type WatchlistKind =
  | 'NO_ENTRY'
  | 'OTHER'
  | 'SANCTIONS'
  | 'TERROR_LIST';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessRequest: ResolverTypeWrapper<AccessRequestModel>;
  AccessRequestStatus: AccessRequestStatus;
  Agency: ResolverTypeWrapper<AgencyModel>;
  AgreementChange: ResolverTypeWrapper<AgreementChangeModel>;
  AgreementInput: AgreementInput;
  AgreementPreview: ResolverTypeWrapper<AgreementPreviewModel>;
  AgreementTerms: ResolverTypeWrapper<AgreementTermsModel>;
  Alert: ResolverTypeWrapper<AlertModel>;
  AlertFeed: ResolverTypeWrapper<AlertFeedModel>;
  AuditRead: ResolverTypeWrapper<AuditReadModel>;
  AuditReadPage: ResolverTypeWrapper<Omit<AuditReadPage, 'reads'> & { reads: Array<ResolversTypes['AuditRead']> }>;
  AuditRefusal: ResolverTypeWrapper<AuditRefusalModel>;
  AuditRefusalPage: ResolverTypeWrapper<Omit<AuditRefusalPage, 'refusals'> & { refusals: Array<ResolversTypes['AuditRefusal']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CentralityEstimate: ResolverTypeWrapper<CentralityEstimate>;
  CoTraveller: ResolverTypeWrapper<CoTravellerModel>;
  CoTravellerConnection: ResolverTypeWrapper<CoTravellerConnectionModel>;
  CoTravellerEdge: ResolverTypeWrapper<CoTravellerEdgeModel>;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<EntityModel>;
  DocumentConnection: ResolverTypeWrapper<ConnectionModel>;
  DocumentEdge: ResolverTypeWrapper<EdgeModel>;
  DocumentKind: DocumentKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gender: Gender;
  Group: ResolverTypeWrapper<Group>;
  HitNotice: ResolverTypeWrapper<HitNoticeModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identifier: ResolverTypeWrapper<EntityModel>;
  IdentifierConnection: ResolverTypeWrapper<ConnectionModel>;
  IdentifierEdge: ResolverTypeWrapper<EdgeModel>;
  IdentifierKind: IdentifierKind;
  IdentityMatch: ResolverTypeWrapper<IdentityMatchModel>;
  IngestError: ResolverTypeWrapper<IngestError>;
  IngestErrorCode: IngestErrorCode;
  IngestRecordInput: IngestRecordInput;
  IngestReport: ResolverTypeWrapper<IngestReport>;
  IngestSummary: ResolverTypeWrapper<IngestSummary>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Journey: ResolverTypeWrapper<JourneyModel>;
  KeyPlayer: ResolverTypeWrapper<KeyPlayerModel>;
  KeyPlayerRole: KeyPlayerRole;
  Latitude: ResolverTypeWrapper<Scalars['Latitude']['output']>;
  Link: ResolverTypeWrapper<LinkModel>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Location: ResolverTypeWrapper<EntityModel>;
  LocationConnection: ResolverTypeWrapper<ConnectionModel>;
  LocationEdge: ResolverTypeWrapper<EdgeModel>;
  LocationKind: LocationKind;
  Longitude: ResolverTypeWrapper<Scalars['Longitude']['output']>;
  Marking: Marking;
  MatchField: MatchField;
  MatchReason: ResolverTypeWrapper<MatchReasonModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkAnalysis: ResolverTypeWrapper<NetworkAnalysisModel>;
  NetworkContext: ResolverTypeWrapper<NetworkContextModel>;
  Node: ResolverTypeWrapper<EntityModel>;
  NodeConnection: ResolverTypeWrapper<ConnectionModel>;
  NodeEdge: ResolverTypeWrapper<EdgeModel>;
  NodeMetrics: ResolverTypeWrapper<NodeMetricsModel>;
  NodeType: NodeType;
  Organisation: ResolverTypeWrapper<EntityModel>;
  OrganisationConnection: ResolverTypeWrapper<ConnectionModel>;
  OrganisationEdge: ResolverTypeWrapper<EdgeModel>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfoModel>;
  Path: ResolverTypeWrapper<PathModel>;
  PathMode: PathMode;
  Person: ResolverTypeWrapper<EntityModel>;
  PersonConnection: ResolverTypeWrapper<ConnectionModel>;
  PersonEdge: ResolverTypeWrapper<EdgeModel>;
  PreviewCount: ResolverTypeWrapper<PreviewCount>;
  PreviewRecord: ResolverTypeWrapper<PreviewRecord>;
  PreviewRecords: ResolverTypeWrapper<PreviewRecords>;
  PreviewScreening: ResolverTypeWrapper<PreviewScreening>;
  Provenance: ResolverTypeWrapper<ProvenanceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecruiterConnection: ResolverTypeWrapper<RecruiterConnectionModel>;
  RecruiterEdge: ResolverTypeWrapper<RecruiterEdgeModel>;
  RecruiterRank: ResolverTypeWrapper<RecruiterRankModel>;
  RelationshipType: RelationshipType;
  Release: ResolverTypeWrapper<ReleaseModel>;
  ReleaseNote: ResolverTypeWrapper<ReleaseModel>;
  RetentionChange: ResolverTypeWrapper<RetentionChangeModel>;
  RetentionTerms: ResolverTypeWrapper<RetentionTerms>;
  ReviewDueConnection: ResolverTypeWrapper<ReviewDueConnectionModel>;
  ReviewDueEdge: ResolverTypeWrapper<ReviewDueEdgeModel>;
  Role: Role;
  RoutePattern: ResolverTypeWrapper<RoutePatternModel>;
  RoutePatternConnection: ResolverTypeWrapper<RoutePatternConnectionModel>;
  RoutePatternEdge: ResolverTypeWrapper<RoutePatternEdgeModel>;
  RouteTraveller: ResolverTypeWrapper<RouteTravellerModel>;
  RouteWatch: ResolverTypeWrapper<RouteWatch>;
  RouteWatchInput: RouteWatchInput;
  SameAsDecision: ResolverTypeWrapper<SameAsDecisionModel>;
  SameAsDecisionKind: SameAsDecisionKind;
  ScreeningCandidate: ResolverTypeWrapper<ScreeningCandidateModel>;
  ScreeningReport: ResolverTypeWrapper<ScreeningReportModel>;
  ScreeningRow: ResolverTypeWrapper<ScreeningRowModel>;
  SearchConnection: ResolverTypeWrapper<ConnectionModel>;
  SearchEdge: ResolverTypeWrapper<EdgeModel>;
  SharedTrip: ResolverTypeWrapper<SharedTripModel>;
  SharingAgreement: ResolverTypeWrapper<AgreementModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  SubgraphEdge: ResolverTypeWrapper<SubgraphEdgeModel>;
  SubgraphNode: ResolverTypeWrapper<SubgraphNodeModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimeWindow: TimeWindow;
  TimelineConnection: ResolverTypeWrapper<TimelineConnectionModel>;
  TimelineEvent: ResolverTypeWrapper<TimelineEventModel>;
  TimelineEventEdge: ResolverTypeWrapper<TimelineEventEdgeModel>;
  TimelineKind: TimelineKind;
  Tombstone: ResolverTypeWrapper<TombstoneModel>;
  Travel: ResolverTypeWrapper<EntityModel>;
  TravelConnection: ResolverTypeWrapper<ConnectionModel>;
  TravelEdge: ResolverTypeWrapper<EdgeModel>;
  TravelMode: TravelMode;
  TravellerInput: TravellerInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Watch: ResolverTypeWrapper<WatchModel>;
  WatchInput: WatchInput;
  WatchKind: WatchKind;
  Watchlist: ResolverTypeWrapper<EntityModel>;
  WatchlistConnection: ResolverTypeWrapper<ConnectionModel>;
  WatchlistEdge: ResolverTypeWrapper<EdgeModel>;
  WatchlistKind: WatchlistKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessRequest: AccessRequestModel;
  Agency: AgencyModel;
  AgreementChange: AgreementChangeModel;
  AgreementInput: AgreementInput;
  AgreementPreview: AgreementPreviewModel;
  AgreementTerms: AgreementTermsModel;
  Alert: AlertModel;
  AlertFeed: AlertFeedModel;
  AuditRead: AuditReadModel;
  AuditReadPage: Omit<AuditReadPage, 'reads'> & { reads: Array<ResolversParentTypes['AuditRead']> };
  AuditRefusal: AuditRefusalModel;
  AuditRefusalPage: Omit<AuditRefusalPage, 'refusals'> & { refusals: Array<ResolversParentTypes['AuditRefusal']> };
  Boolean: Scalars['Boolean']['output'];
  CentralityEstimate: CentralityEstimate;
  CoTraveller: CoTravellerModel;
  CoTravellerConnection: CoTravellerConnectionModel;
  CoTravellerEdge: CoTravellerEdgeModel;
  CountryCode: Scalars['CountryCode']['output'];
  DateTime: Scalars['DateTime']['output'];
  Document: EntityModel;
  DocumentConnection: ConnectionModel;
  DocumentEdge: EdgeModel;
  Float: Scalars['Float']['output'];
  Group: Group;
  HitNotice: HitNoticeModel;
  ID: Scalars['ID']['output'];
  Identifier: EntityModel;
  IdentifierConnection: ConnectionModel;
  IdentifierEdge: EdgeModel;
  IdentityMatch: IdentityMatchModel;
  IngestError: IngestError;
  IngestRecordInput: IngestRecordInput;
  IngestReport: IngestReport;
  IngestSummary: IngestSummary;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Journey: JourneyModel;
  KeyPlayer: KeyPlayerModel;
  Latitude: Scalars['Latitude']['output'];
  Link: LinkModel;
  LocalDate: Scalars['LocalDate']['output'];
  Location: EntityModel;
  LocationConnection: ConnectionModel;
  LocationEdge: EdgeModel;
  Longitude: Scalars['Longitude']['output'];
  MatchReason: MatchReasonModel;
  Mutation: Record<PropertyKey, never>;
  NetworkAnalysis: NetworkAnalysisModel;
  NetworkContext: NetworkContextModel;
  Node: EntityModel;
  NodeConnection: ConnectionModel;
  NodeEdge: EdgeModel;
  NodeMetrics: NodeMetricsModel;
  Organisation: EntityModel;
  OrganisationConnection: ConnectionModel;
  OrganisationEdge: EdgeModel;
  PageInfo: PageInfoModel;
  Path: PathModel;
  Person: EntityModel;
  PersonConnection: ConnectionModel;
  PersonEdge: EdgeModel;
  PreviewCount: PreviewCount;
  PreviewRecord: PreviewRecord;
  PreviewRecords: PreviewRecords;
  PreviewScreening: PreviewScreening;
  Provenance: ProvenanceModel;
  Query: Record<PropertyKey, never>;
  RecruiterConnection: RecruiterConnectionModel;
  RecruiterEdge: RecruiterEdgeModel;
  RecruiterRank: RecruiterRankModel;
  Release: ReleaseModel;
  ReleaseNote: ReleaseModel;
  RetentionChange: RetentionChangeModel;
  RetentionTerms: RetentionTerms;
  ReviewDueConnection: ReviewDueConnectionModel;
  ReviewDueEdge: ReviewDueEdgeModel;
  RoutePattern: RoutePatternModel;
  RoutePatternConnection: RoutePatternConnectionModel;
  RoutePatternEdge: RoutePatternEdgeModel;
  RouteTraveller: RouteTravellerModel;
  RouteWatch: RouteWatch;
  RouteWatchInput: RouteWatchInput;
  SameAsDecision: SameAsDecisionModel;
  ScreeningCandidate: ScreeningCandidateModel;
  ScreeningReport: ScreeningReportModel;
  ScreeningRow: ScreeningRowModel;
  SearchConnection: ConnectionModel;
  SearchEdge: EdgeModel;
  SharedTrip: SharedTripModel;
  SharingAgreement: AgreementModel;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  SubgraphEdge: SubgraphEdgeModel;
  SubgraphNode: SubgraphNodeModel;
  Subscription: Record<PropertyKey, never>;
  TimeWindow: TimeWindow;
  TimelineConnection: TimelineConnectionModel;
  TimelineEvent: TimelineEventModel;
  TimelineEventEdge: TimelineEventEdgeModel;
  Tombstone: TombstoneModel;
  Travel: EntityModel;
  TravelConnection: ConnectionModel;
  TravelEdge: EdgeModel;
  TravellerInput: TravellerInput;
  Viewer: ViewerModel;
  Watch: WatchModel;
  WatchInput: WatchInput;
  Watchlist: EntityModel;
  WatchlistConnection: ConnectionModel;
  WatchlistEdge: EdgeModel;
};

export type AccessRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessRequest'] = ResolversParentTypes['AccessRequest']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AccessRequestStatus'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewGraceDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewPeriodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementChange'] = ResolversParentTypes['AgreementChange']> = {
  after?: Resolver<Maybe<ResolversTypes['AgreementTerms']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['AgreementTerms']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type AgreementPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementPreview'] = ResolversParentTypes['AgreementPreview']> = {
  current?: Resolver<Maybe<ResolversTypes['AgreementTerms']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['PreviewCount']>, ParentType, ContextType>;
  newInNeighbourhoods?: Resolver<ResolversTypes['PreviewRecords'], ParentType, ContextType>;
  newlyVisible?: Resolver<ResolversTypes['PreviewRecords'], ParentType, ContextType>;
  proposed?: Resolver<ResolversTypes['AgreementTerms'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['PreviewCount']>, ParentType, ContextType>;
  screening?: Resolver<ResolversTypes['PreviewScreening'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type AgreementTermsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementTerms'] = ResolversParentTypes['AgreementTerms']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hitNotification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upTo?: Resolver<ResolversTypes['Marking'], ParentType, ContextType>;
};

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  watch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType>;
};

export type AlertFeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertFeed'] = ResolversParentTypes['AlertFeed']> = {
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditReadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRead'] = ResolversParentTypes['AuditRead']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuditReadPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditReadPage'] = ResolversParentTypes['AuditReadPage']> = {
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reads?: Resolver<Array<ResolversTypes['AuditRead']>, ParentType, ContextType>;
};

export type AuditRefusalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRefusal'] = ResolversParentTypes['AuditRefusal']> = {
  errors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuditRefusalPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRefusalPage'] = ResolversParentTypes['AuditRefusalPage']> = {
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['AuditRefusal']>, ParentType, ContextType>;
};

export type CentralityEstimateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CentralityEstimate'] = ResolversParentTypes['CentralityEstimate']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errorBound?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoTravellerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoTraveller'] = ResolversParentTypes['CoTraveller']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  times?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trips?: Resolver<Array<ResolversTypes['SharedTrip']>, ParentType, ContextType>;
};

export type CoTravellerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoTravellerConnection'] = ResolversParentTypes['CoTravellerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CoTravellerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoTravellerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoTravellerEdge'] = ResolversParentTypes['CoTravellerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CoTraveller'], ParentType, ContextType>;
};

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  expiresOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  holders?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<DocumentHoldersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  issuingCountry?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['DocumentKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  usedOn?: Resolver<ResolversTypes['TravelConnection'], ParentType, ContextType, RequireFields<DocumentUsedOnArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type GroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HitNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HitNotice'] = ResolversParentTypes['HitNotice']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IdentifierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Identifier'] = ResolversParentTypes['Identifier']> = {
  holders?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<IdentifierHoldersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['IdentifierKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IdentifierConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentifierConnection'] = ResolversParentTypes['IdentifierConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IdentifierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentifierEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentifierEdge'] = ResolversParentTypes['IdentifierEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Identifier'], ParentType, ContextType>;
};

export type IdentityMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityMatch'] = ResolversParentTypes['IdentityMatch']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IngestErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestError'] = ResolversParentTypes['IngestError']> = {
  code?: Resolver<ResolversTypes['IngestErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestReport'] = ResolversParentTypes['IngestReport']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['IngestError']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['IngestSummary'], ParentType, ContextType>;
};

export type IngestSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestSummary'] = ResolversParentTypes['IngestSummary']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  erased?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type JourneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Journey'] = ResolversParentTypes['Journey']> = {
  arrivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  departedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['Travel']>, ParentType, ContextType>;
  route?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
};

export type KeyPlayerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyPlayer'] = ResolversParentTypes['KeyPlayer']> = {
  node?: Resolver<ResolversTypes['SubgraphNode'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['KeyPlayerRole'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface LatitudeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Latitude'], any> {
  name: 'Latitude';
}

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type LocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  contains?: Resolver<ResolversTypes['LocationConnection'], ParentType, ContextType, RequireFields<LocationContainsArgs, 'first'>>;
  countryCode?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  iata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['LocationKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Latitude']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Longitude']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  within?: Resolver<ResolversTypes['LocationConnection'], ParentType, ContextType, RequireFields<LocationWithinArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocationConnection'] = ResolversParentTypes['LocationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LocationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocationEdge'] = ResolversParentTypes['LocationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
};

export interface LongitudeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Longitude'], any> {
  name: 'Longitude';
}

export type MatchReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['MatchField'], ParentType, ContextType>;
  how?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  confirmSameAs?: Resolver<ResolversTypes['SameAsDecision'], ParentType, ContextType, RequireFields<MutationConfirmSameAsArgs, 'a' | 'b' | 'marking' | 'reason'>>;
  createWatch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationCreateWatchArgs, 'input'>>;
  declineAccess?: Resolver<ResolversTypes['AccessRequest'], ParentType, ContextType, RequireFields<MutationDeclineAccessArgs, 'reason' | 'requestId'>>;
  deleteWatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWatchArgs, 'id'>>;
  erase?: Resolver<Array<ResolversTypes['Tombstone']>, ParentType, ContextType, RequireFields<MutationEraseArgs, 'dryRun' | 'ids' | 'reason'>>;
  ingest?: Resolver<ResolversTypes['IngestReport'], ParentType, ContextType, RequireFields<MutationIngestArgs, 'dryRun' | 'records'>>;
  pauseWatch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationPauseWatchArgs, 'id' | 'paused'>>;
  reconfirm?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationReconfirmArgs, 'dryRun' | 'ids'>>;
  refreshWatch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationRefreshWatchArgs, 'id'>>;
  rejectSameAs?: Resolver<ResolversTypes['SameAsDecision'], ParentType, ContextType, RequireFields<MutationRejectSameAsArgs, 'a' | 'b' | 'reason'>>;
  releaseRecord?: Resolver<ResolversTypes['Release'], ParentType, ContextType, RequireFields<MutationReleaseRecordArgs, 'marking' | 'recordId' | 'requestId' | 'until' | 'withContext'>>;
  requestAccess?: Resolver<ResolversTypes['AccessRequest'], ParentType, ContextType, RequireFields<MutationRequestAccessArgs, 'agency' | 'reason' | 'reference'>>;
  retract?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationRetractArgs, 'dryRun' | 'ids' | 'reason'>>;
  retractSameAs?: Resolver<ResolversTypes['SameAsDecision'], ParentType, ContextType, RequireFields<MutationRetractSameAsArgs, 'a' | 'b' | 'reason'>>;
  revokeAgreement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeAgreementArgs, 'to'>>;
  revokeRelease?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeReleaseArgs, 'id'>>;
  setAgreement?: Resolver<ResolversTypes['SharingAgreement'], ParentType, ContextType, RequireFields<MutationSetAgreementArgs, 'input'>>;
  setRetention?: Resolver<ResolversTypes['RetentionTerms'], ParentType, ContextType, RequireFields<MutationSetRetentionArgs, 'reviewGraceDays' | 'reviewPeriodDays'>>;
  unretract?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationUnretractArgs, 'dryRun' | 'ids'>>;
};

export type NetworkAnalysisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkAnalysis'] = ResolversParentTypes['NetworkAnalysis']> = {
  brokers?: Resolver<Array<ResolversTypes['KeyPlayer']>, ParentType, ContextType>;
  centrality?: Resolver<ResolversTypes['CentralityEstimate'], ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['NodeMetrics']>, ParentType, ContextType>;
  recruiters?: Resolver<Array<ResolversTypes['KeyPlayer']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
};

export type NetworkContextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkContext'] = ResolversParentTypes['NetworkContext']> = {
  maxHops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nearestRecruiter?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  nearestWatchlisted?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  recruiterDistance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  watchlistDistance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Document' | 'Identifier' | 'Location' | 'Organisation' | 'Person' | 'Travel' | 'Watchlist', ParentType, ContextType>;
};

export type NodeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeEdge'] = ResolversParentTypes['NodeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type NodeMetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeMetrics'] = ResolversParentTypes['NodeMetrics']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  component?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SubgraphNode'], ParentType, ContextType>;
  pageRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recruitReach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recruits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  affiliates?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<OrganisationAffiliatesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['OrganisationKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<OrganisationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  watchlistEntries?: Resolver<ResolversTypes['WatchlistConnection'], ParentType, ContextType, RequireFields<OrganisationWatchlistEntriesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['SubgraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubgraphNode']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  associates?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<PersonAssociatesArgs, 'first'>>;
  birthDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  birthPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<PersonContactsArgs, 'first'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<PersonDocumentsArgs, 'first'>>;
  family?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<PersonFamilyArgs, 'first'>>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<ResolversTypes['IdentifierConnection'], ParentType, ContextType, RequireFields<PersonIdentifiersArgs, 'first'>>;
  journeys?: Resolver<Array<ResolversTypes['Journey']>, ParentType, ContextType, RequireFields<PersonJourneysArgs, 'maxGapHours'>>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberships?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<PersonMembershipsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalities?: Resolver<Array<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  recruitedBy?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<PersonRecruitedByArgs, 'first'>>;
  recruits?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<PersonRecruitsArgs, 'first'>>;
  sameAs?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<PersonSameAsArgs, 'first'>>;
  travels?: Resolver<ResolversTypes['TravelConnection'], ParentType, ContextType, RequireFields<PersonTravelsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  watchlistEntries?: Resolver<ResolversTypes['WatchlistConnection'], ParentType, ContextType, RequireFields<PersonWatchlistEntriesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PreviewCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewCount'] = ResolversParentTypes['PreviewCount']> = {
  after?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  marking?: Resolver<ResolversTypes['Marking'], ParentType, ContextType>;
  now?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PreviewRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewRecord'] = ResolversParentTypes['PreviewRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marking?: Resolver<ResolversTypes['Marking'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PreviewRecordsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewRecords'] = ResolversParentTypes['PreviewRecords']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sample?: Resolver<Array<ResolversTypes['PreviewRecord']>, ParentType, ContextType>;
};

export type PreviewScreeningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewScreening'] = ResolversParentTypes['PreviewScreening']> = {
  hitNoticesAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hitNoticesNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newlyScreenable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  ageDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marking?: Resolver<ResolversTypes['Marking'], ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['ReleaseNote']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reviewDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  sourceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessRequests?: Resolver<Array<ResolversTypes['AccessRequest']>, ParentType, ContextType, RequireFields<QueryAccessRequestsArgs, 'first' | 'status'>>;
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'code'>>;
  agreementChanges?: Resolver<Array<ResolversTypes['AgreementChange']>, ParentType, ContextType, RequireFields<QueryAgreementChangesArgs, 'first'>>;
  alerts?: Resolver<ResolversTypes['AlertFeed'], ParentType, ContextType, RequireFields<QueryAlertsArgs, 'first'>>;
  auditReads?: Resolver<ResolversTypes['AuditReadPage'], ParentType, ContextType, RequireFields<QueryAuditReadsArgs, 'first'>>;
  auditRefusals?: Resolver<ResolversTypes['AuditRefusalPage'], ParentType, ContextType, RequireFields<QueryAuditRefusalsArgs, 'first'>>;
  coTravellers?: Resolver<ResolversTypes['CoTravellerConnection'], ParentType, ContextType, RequireFields<QueryCoTravellersArgs, 'first' | 'personId' | 'windowHours'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  identifier?: Resolver<Maybe<ResolversTypes['Identifier']>, ParentType, ContextType, RequireFields<QueryIdentifierArgs, 'id'>>;
  identityMatches?: Resolver<Array<ResolversTypes['IdentityMatch']>, ParentType, ContextType, RequireFields<QueryIdentityMatchesArgs, 'first' | 'personId' | 'threshold'>>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType, RequireFields<QueryLocationArgs, 'id'>>;
  myAccessRequests?: Resolver<Array<ResolversTypes['AccessRequest']>, ParentType, ContextType, RequireFields<QueryMyAccessRequestsArgs, 'first'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'ids' | 'limit' | 'perNodeLimit' | 'resolveIdentities'>>;
  network?: Resolver<ResolversTypes['NetworkAnalysis'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'depth' | 'limit' | 'resolution' | 'resolveIdentities' | 'seeds'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first' | 'staleOnly'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'mode' | 'resolveIdentities' | 'to'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'staleOnly'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  previewAgreement?: Resolver<ResolversTypes['AgreementPreview'], ParentType, ContextType, RequireFields<QueryPreviewAgreementArgs, 'input' | 'sample'>>;
  recruiters?: Resolver<ResolversTypes['RecruiterConnection'], ParentType, ContextType, RequireFields<QueryRecruitersArgs, 'first' | 'maxDepth' | 'resolveIdentities'>>;
  retentionChanges?: Resolver<Array<ResolversTypes['RetentionChange']>, ParentType, ContextType, RequireFields<QueryRetentionChangesArgs, 'first'>>;
  reviewDue?: Resolver<ResolversTypes['ReviewDueConnection'], ParentType, ContextType, RequireFields<QueryReviewDueArgs, 'first'>>;
  screen?: Resolver<ResolversTypes['ScreeningReport'], ParentType, ContextType, RequireFields<QueryScreenArgs, 'maxCandidates' | 'maxHops' | 'threshold' | 'travellers'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'staleOnly' | 'text'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first' | 'id'>>;
  tombstones?: Resolver<Array<ResolversTypes['Tombstone']>, ParentType, ContextType, RequireFields<QueryTombstonesArgs, 'first'>>;
  travel?: Resolver<Maybe<ResolversTypes['Travel']>, ParentType, ContextType, RequireFields<QueryTravelArgs, 'id'>>;
  travelRoutes?: Resolver<ResolversTypes['RoutePatternConnection'], ParentType, ContextType, RequireFields<QueryTravelRoutesArgs, 'first' | 'maxGapHours' | 'minTravellers'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  watches?: Resolver<Array<ResolversTypes['Watch']>, ParentType, ContextType>;
  watchlist?: Resolver<Maybe<ResolversTypes['Watchlist']>, ParentType, ContextType, RequireFields<QueryWatchlistArgs, 'id'>>;
  watchlists?: Resolver<ResolversTypes['WatchlistConnection'], ParentType, ContextType, RequireFields<QueryWatchlistsArgs, 'first' | 'staleOnly'>>;
};

export type RecruiterConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecruiterConnection'] = ResolversParentTypes['RecruiterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RecruiterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecruiterEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecruiterEdge'] = ResolversParentTypes['RecruiterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecruiterRank'], ParentType, ContextType>;
};

export type RecruiterRankResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecruiterRank'] = ResolversParentTypes['RecruiterRank']> = {
  direct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indirect?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReleaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Release'] = ResolversParentTypes['Release']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marking?: Resolver<ResolversTypes['Marking'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  releasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ReleaseNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleaseNote'] = ResolversParentTypes['ReleaseNote']> = {
  holder?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  marking?: Resolver<ResolversTypes['Marking'], ParentType, ContextType>;
  releasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RetentionChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetentionChange'] = ResolversParentTypes['RetentionChange']> = {
  after?: Resolver<ResolversTypes['RetentionTerms'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['RetentionTerms'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetentionTermsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetentionTerms'] = ResolversParentTypes['RetentionTerms']> = {
  reviewGraceDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewPeriodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewDueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewDueConnection'] = ResolversParentTypes['ReviewDueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReviewDueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewDueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewDueEdge'] = ResolversParentTypes['ReviewDueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hiddenFromOthersAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RoutePatternResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutePattern'] = ResolversParentTypes['RoutePattern']> = {
  firstDeparted?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastDeparted?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  linkedToRecruiter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linkedToWatchlist?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  route?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  travellerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  travellers?: Resolver<Array<ResolversTypes['RouteTraveller']>, ParentType, ContextType>;
};

export type RoutePatternConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutePatternConnection'] = ResolversParentTypes['RoutePatternConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoutePatternEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoutePatternEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutePatternEdge'] = ResolversParentTypes['RoutePatternEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RoutePattern'], ParentType, ContextType>;
};

export type RouteTravellerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RouteTraveller'] = ResolversParentTypes['RouteTraveller']> = {
  journey?: Resolver<ResolversTypes['Journey'], ParentType, ContextType>;
  nearRecruiter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nearWatchlist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type RouteWatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RouteWatch'] = ResolversParentTypes['RouteWatch']> = {
  from?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  maxGapHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  through?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  withinDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SameAsDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SameAsDecision'] = ResolversParentTypes['SameAsDecision']> = {
  a?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  b?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SameAsDecisionKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retractReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sameAsId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ScreeningCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScreeningCandidate'] = ResolversParentTypes['ScreeningCandidate']> = {
  network?: Resolver<ResolversTypes['NetworkContext'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  watchlists?: Resolver<Array<ResolversTypes['Watchlist']>, ParentType, ContextType>;
};

export type ScreeningReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScreeningReport'] = ResolversParentTypes['ScreeningReport']> = {
  hitRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ScreeningRow']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScreeningRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScreeningRow'] = ResolversParentTypes['ScreeningRow']> = {
  candidates?: Resolver<Array<ResolversTypes['ScreeningCandidate']>, ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['HitNotice']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SharedTripResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedTrip'] = ResolversParentTypes['SharedTrip']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Travel'], ParentType, ContextType>;
  theirs?: Resolver<ResolversTypes['Travel'], ParentType, ContextType>;
};

export type SharingAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharingAgreement'] = ResolversParentTypes['SharingAgreement']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  hitNotification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  upTo?: Resolver<ResolversTypes['Marking'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  cappedNodes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SubgraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubgraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubgraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubgraphEdge'] = ResolversParentTypes['SubgraphEdge']> = {
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type SubgraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubgraphNode'] = ResolversParentTypes['SubgraphNode']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  alerts?: SubscriptionResolver<ResolversTypes['Alert'], "alerts", ParentType, ContextType, Partial<SubscriptionAlertsArgs>>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type TimelineEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEventEdge'] = ResolversParentTypes['TimelineEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEvent'], ParentType, ContextType>;
};

export type TombstoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tombstone'] = ResolversParentTypes['Tombstone']> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  erasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type TravelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Travel'] = ResolversParentTypes['Travel']> = {
  arrivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  documentUsed?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  flightNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['TravelMode']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  traveller?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TravelConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TravelConnection'] = ResolversParentTypes['TravelConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TravelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TravelEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TravelEdge'] = ResolversParentTypes['TravelEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Travel'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sharedByMe?: Resolver<Array<ResolversTypes['SharingAgreement']>, ParentType, ContextType>;
  sharedWithMe?: Resolver<Array<ResolversTypes['SharingAgreement']>, ParentType, ContextType>;
};

export type WatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = {
  coverage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  depth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WatchKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refreshedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['RouteWatch']>, ParentType, ContextType>;
  seeds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  types?: Resolver<Maybe<Array<ResolversTypes['RelationshipType']>>, ParentType, ContextType>;
};

export type WatchlistResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Watchlist'] = ResolversParentTypes['Watchlist']> = {
  entries?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<WatchlistEntriesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['WatchlistKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WatchlistConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WatchlistConnection'] = ResolversParentTypes['WatchlistConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WatchlistEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WatchlistEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WatchlistEdge'] = ResolversParentTypes['WatchlistEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Watchlist'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessRequest?: AccessRequestResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgreementChange?: AgreementChangeResolvers<ContextType>;
  AgreementPreview?: AgreementPreviewResolvers<ContextType>;
  AgreementTerms?: AgreementTermsResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  AlertFeed?: AlertFeedResolvers<ContextType>;
  AuditRead?: AuditReadResolvers<ContextType>;
  AuditReadPage?: AuditReadPageResolvers<ContextType>;
  AuditRefusal?: AuditRefusalResolvers<ContextType>;
  AuditRefusalPage?: AuditRefusalPageResolvers<ContextType>;
  CentralityEstimate?: CentralityEstimateResolvers<ContextType>;
  CoTraveller?: CoTravellerResolvers<ContextType>;
  CoTravellerConnection?: CoTravellerConnectionResolvers<ContextType>;
  CoTravellerEdge?: CoTravellerEdgeResolvers<ContextType>;
  CountryCode?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  HitNotice?: HitNoticeResolvers<ContextType>;
  Identifier?: IdentifierResolvers<ContextType>;
  IdentifierConnection?: IdentifierConnectionResolvers<ContextType>;
  IdentifierEdge?: IdentifierEdgeResolvers<ContextType>;
  IdentityMatch?: IdentityMatchResolvers<ContextType>;
  IngestError?: IngestErrorResolvers<ContextType>;
  IngestReport?: IngestReportResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Journey?: JourneyResolvers<ContextType>;
  KeyPlayer?: KeyPlayerResolvers<ContextType>;
  Latitude?: GraphQLScalarType;
  Link?: LinkResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  LocationConnection?: LocationConnectionResolvers<ContextType>;
  LocationEdge?: LocationEdgeResolvers<ContextType>;
  Longitude?: GraphQLScalarType;
  MatchReason?: MatchReasonResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkAnalysis?: NetworkAnalysisResolvers<ContextType>;
  NetworkContext?: NetworkContextResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  NodeEdge?: NodeEdgeResolvers<ContextType>;
  NodeMetrics?: NodeMetricsResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PreviewCount?: PreviewCountResolvers<ContextType>;
  PreviewRecord?: PreviewRecordResolvers<ContextType>;
  PreviewRecords?: PreviewRecordsResolvers<ContextType>;
  PreviewScreening?: PreviewScreeningResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecruiterConnection?: RecruiterConnectionResolvers<ContextType>;
  RecruiterEdge?: RecruiterEdgeResolvers<ContextType>;
  RecruiterRank?: RecruiterRankResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  ReleaseNote?: ReleaseNoteResolvers<ContextType>;
  RetentionChange?: RetentionChangeResolvers<ContextType>;
  RetentionTerms?: RetentionTermsResolvers<ContextType>;
  ReviewDueConnection?: ReviewDueConnectionResolvers<ContextType>;
  ReviewDueEdge?: ReviewDueEdgeResolvers<ContextType>;
  RoutePattern?: RoutePatternResolvers<ContextType>;
  RoutePatternConnection?: RoutePatternConnectionResolvers<ContextType>;
  RoutePatternEdge?: RoutePatternEdgeResolvers<ContextType>;
  RouteTraveller?: RouteTravellerResolvers<ContextType>;
  RouteWatch?: RouteWatchResolvers<ContextType>;
  SameAsDecision?: SameAsDecisionResolvers<ContextType>;
  ScreeningCandidate?: ScreeningCandidateResolvers<ContextType>;
  ScreeningReport?: ScreeningReportResolvers<ContextType>;
  ScreeningRow?: ScreeningRowResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SharedTrip?: SharedTripResolvers<ContextType>;
  SharingAgreement?: SharingAgreementResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SubgraphEdge?: SubgraphEdgeResolvers<ContextType>;
  SubgraphNode?: SubgraphNodeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  TimelineEventEdge?: TimelineEventEdgeResolvers<ContextType>;
  Tombstone?: TombstoneResolvers<ContextType>;
  Travel?: TravelResolvers<ContextType>;
  TravelConnection?: TravelConnectionResolvers<ContextType>;
  TravelEdge?: TravelEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  Watchlist?: WatchlistResolvers<ContextType>;
  WatchlistConnection?: WatchlistConnectionResolvers<ContextType>;
  WatchlistEdge?: WatchlistEdgeResolvers<ContextType>;
};

