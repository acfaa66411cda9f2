// Visual encoding of the viewer: community -> node colour, record type -> node shape (shapes.ts),
// betweenness -> node size, relationship type -> edge tone and width.

/**
 * Communities and relationship types must never be confused: communities get saturated hues (CIE
 * chroma >= 40), relationship types muted greys (chroma <= 15), at least 30 Delta-E apart from every
 * community colour (checked in test/viewer/palette.test.ts). Edges then differ by tone and width.
 */
export const COMMUNITY_COLOURS = [
  '#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#00a0d8',
  '#f032e6', '#8fbf1f', '#c49000', '#9b1c31', '#16803a', '#ff5fa2',
];

/** Nodes outside any analysis (expanded later, or loaded as a plain neighbourhood). */
export const UNANALYSED_COLOUR = '#9aa0a6';

// People-to-people ties dark and thick; record plumbing (documents, travel legs) pale.
export const EDGE_COLOURS: Record<string, string> = {
  RECRUITED: '#3d3d3d',
  MEMBER_OF: '#6e7a86',
  AFFILIATED_WITH: '#84989f',
  FAMILY_OF: '#94849a',
  ASSOCIATE_OF: '#8a7b6b',
  COMMUNICATED_WITH: '#9a9c82',
  FUNDED: '#6c8474',
  SAME_AS: '#000000',
  HOLDS: '#c4c4c4',
  MADE: '#cbc5d1',
  FROM: '#cfc7bd',
  TO: '#cfc7bd',
  USED: '#d2d2c0',
  LISTED_ON: '#9b8578',
  LOCATED_IN: '#bfcdd1',
};

const UNKNOWN_EDGE_COLOUR = '#aaaaaa';

export function communityColour(community: number | undefined): string {
  if (community === undefined || community < 0) return UNANALYSED_COLOUR;
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] ?? UNANALYSED_COLOUR;
}

export function edgeColour(type: string): string {
  return EDGE_COLOURS[type] ?? UNKNOWN_EDGE_COLOUR;
}

export const MIN_NODE_SIZE = 3;
const MAX_NODE_SIZE = 18;

/**
 * Size relative to the highest betweenness of the analysis, square-rooted: raw betweenness is
 * heavy-tailed, so a linear scale would draw one broker and a field of dots.
 */
export function nodeSize(betweenness: number | undefined, maxBetweenness: number): number {
  if (betweenness === undefined || maxBetweenness <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, betweenness) / maxBetweenness);
}

/** Labels longer than this are cut with an ellipsis (the full name is in the details panel). */
export const MAX_LABEL = 28;

/** What the canvas writes beside a node: the shape says the type, so only the (shortened) name. */
export function labelFor(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

/** Edge width: recruitment is the story, so it is drawn thickest. */
export function edgeSize(type: string): number {
  return type === 'RECRUITED' ? 2.5 : type === 'SAME_AS' ? 2 : 1;
}
