// Cypher fragments for valid time, written once: a relationship `r` whose facts overlap [$from, $to].

export const REL_IN_WINDOW =
  '($from IS NULL OR r.validTo IS NULL OR r.validTo >= $from) AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)';

/** The same for a node `n` (a list's records): its validity overlaps [$from, $to]. */
export const NODE_IN_WINDOW = (v: 'c' | 'n' | 'node') =>
  `($from IS NULL OR ${v}.validTo IS NULL OR ${v}.validTo >= $from) AND ($to IS NULL OR ${v}.validFrom IS NULL OR ${v}.validFrom <= $to)`;
