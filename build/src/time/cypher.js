const REL_IN_WINDOW = "($from IS NULL OR r.validTo IS NULL OR r.validTo >= $from) AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)";
const NODE_IN_WINDOW = (v) => `($from IS NULL OR ${v}.validTo IS NULL OR ${v}.validTo >= $from) AND ($to IS NULL OR ${v}.validFrom IS NULL OR ${v}.validFrom <= $to)`;
export {
  NODE_IN_WINDOW,
  REL_IN_WINDOW
};
