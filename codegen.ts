// GraphQL Code Generator: typed resolvers from schema.graphql, each type mapped to its service model.
import type { CodegenConfig } from '@graphql-codegen/cli';

const entity = '../records/models.js#EntityModel';
const connection = '../records/models.js#ConnectionModel';
const edge = '../records/models.js#EdgeModel';
const connectionTypes = ['Person', 'Organisation', 'Location', 'Document', 'Identifier', 'Travel', 'Watchlist', 'Node'];

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: [
        { add: { content: '// Generated from schema.graphql by `npm run generate:types`. Do not edit.' } },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        useTypeImports: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        useIndexSignature: false,
        optionalResolveType: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          ID: 'string',
          DateTime: { input: 'Date', output: 'Date | string' },
          LocalDate: 'string',
          CountryCode: 'string',
          Latitude: 'number',
          Longitude: 'number',
          JSONObject: 'Record<string, unknown>',
        },
        mappers: {
          Node: entity,
          Person: entity,
          Organisation: entity,
          Location: entity,
          Document: entity,
          Identifier: entity,
          Travel: entity,
          Watchlist: entity,
          Provenance: '../records/models.js#ProvenanceModel',
          Link: '../records/models.js#LinkModel',
          PageInfo: '../records/models.js#PageInfoModel',
          ...Object.fromEntries(connectionTypes.map((t) => [`${t}Connection`, connection])),
          ...Object.fromEntries(connectionTypes.map((t) => [`${t}Edge`, edge])),
          SearchConnection: connection,
          SearchEdge: edge,
          Agency: '../agencies/models.js#AgencyModel',
          SharingAgreement: '../agencies/models.js#AgreementModel',
          AgreementChange: '../sharing/models.js#AgreementChangeModel',
          AgreementTerms: '../sharing/models.js#AgreementTermsModel',
          Viewer: '../auth/viewer.js#ViewerModel',
          SubgraphNode: '../network/models.js#SubgraphNodeModel',
          SubgraphEdge: '../network/models.js#SubgraphEdgeModel',
          Subgraph: '../network/models.js#SubgraphModel',
          Path: '../network/models.js#PathModel',
          NodeMetrics: '../network/models.js#NodeMetricsModel',
          KeyPlayer: '../network/models.js#KeyPlayerModel',
          NetworkAnalysis: '../network/models.js#NetworkAnalysisModel',
          RecruiterRank: '../network/models.js#RecruiterRankModel',
          RecruiterEdge: '../network/models.js#RecruiterEdgeModel',
          RecruiterConnection: '../network/models.js#RecruiterConnectionModel',
          Journey: '../travel/models.js#JourneyModel',
          RouteTraveller: '../travel/models.js#RouteTravellerModel',
          RoutePattern: '../travel/models.js#RoutePatternModel',
          RoutePatternEdge: '../travel/models.js#RoutePatternEdgeModel',
          RoutePatternConnection: '../travel/models.js#RoutePatternConnectionModel',
          SharedTrip: '../travel/models.js#SharedTripModel',
          CoTraveller: '../travel/models.js#CoTravellerModel',
          CoTravellerEdge: '../travel/models.js#CoTravellerEdgeModel',
          CoTravellerConnection: '../travel/models.js#CoTravellerConnectionModel',
          TimelineEvent: '../travel/models.js#TimelineEventModel',
          TimelineEventEdge: '../travel/models.js#TimelineEventEdgeModel',
          TimelineConnection: '../travel/models.js#TimelineConnectionModel',
          ScreeningReport: '../screening/models.js#ScreeningReportModel',
          ScreeningRow: '../screening/models.js#ScreeningRowModel',
          ScreeningCandidate: '../screening/models.js#ScreeningCandidateModel',
          NetworkContext: '../screening/models.js#NetworkContextModel',
          MatchReason: '../screening/models.js#MatchReasonModel',
          HitNotice: '../screening/models.js#HitNoticeModel',
          IdentityMatch: '../identity/models.js#IdentityMatchModel',
          SameAsDecision: '../identity/models.js#SameAsDecisionModel',
          Watch: '../watches/models.js#WatchModel',
          Alert: '../watches/models.js#AlertModel',
          AlertFeed: '../watches/models.js#AlertFeedModel',
        },
      },
    },
  },
};

export default config;
