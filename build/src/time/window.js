import { badInput } from "../errors.js";
import { toNeoDateTime } from "../graph/temporal.js";
const OPEN_WINDOW = Object.freeze({ from: null, to: null });
function windowParams(w) {
  const from = w?.from ? new Date(w.from) : null;
  const to = w?.to ? new Date(w.to) : null;
  if (from && to && from > to) throw badInput("`between.from` must not be after `between.to`", "between");
  return { from: from ? toNeoDateTime(from.toISOString()) : null, to: to ? toNeoDateTime(to.toISOString()) : null };
}
function windowKey(w) {
  return `${String(w.from ?? "")}..${String(w.to ?? "")}`;
}
function boundedInt(value, fallback, min, max, name) {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(`\`${name}\` must be an integer from ${min} to ${max}`, name);
  return v;
}
export {
  OPEN_WINDOW,
  boundedInt,
  windowKey,
  windowParams
};
