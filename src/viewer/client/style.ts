// Visual encoding of the viewer: community -> node colour, betweenness -> node size, relationship type -> edge colour.

/** Twelve colours far enough apart to tell cells apart on a light background. */
const COMMUNITY_COLOURS = [
  '#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf',
  '#8c564b', '#e377c2', '#bcbd22', '#393b79', '#637939', '#843c39',
];

/** Nodes outside any analysis (expanded later, or loaded as a plain neighbourhood). */
export const UNANALYSED_COLOUR = '#9aa0a6';

// People-to-people ties get strong colours; record plumbing (documents, travel legs) stays pale.
export const EDGE_COLOURS: Record<string, string> = {
  RECRUITED: '#d62728',
  MEMBER_OF: '#1f77b4',
  AFFILIATED_WITH: '#17becf',
  FAMILY_OF: '#e377c2',
  ASSOCIATE_OF: '#ff7f0e',
  COMMUNICATED_WITH: '#bcbd22',
  FUNDED: '#2ca02c',
  SAME_AS: '#000000',
  HOLDS: '#c7c7c7',
  MADE: '#c5b0d5',
  FROM: '#c49c94',
  TO: '#c49c94',
  USED: '#dbdb8d',
  LISTED_ON: '#8c564b',
  LOCATED_IN: '#9edae5',
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

/** Colour encodes community, not record type, so non-person labels say what they are. */
export function labelFor(label: string, type: string): string {
  return type === 'Person' ? label : `${label} (${type})`;
}
