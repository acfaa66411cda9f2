// Cypher fragments for valid time, written once: a relationship `r` whose facts overlap [$from, $to].

export const REL_IN_WINDOW =
  '($from IS NULL OR r.validTo IS NULL OR r.validTo >= $from) AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)';
