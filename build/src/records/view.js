import { toNeoDateTime } from "../graph/temporal.js";
const NOW = Object.freeze({ asOf: null });
function viewOf(asOf) {
  return asOf ? { asOf: new Date(asOf) } : NOW;
}
function viewParams(view) {
  return { asOf: view.asOf ? toNeoDateTime(view.asOf.toISOString()) : null };
}
function viewKey(view) {
  return view.asOf ? view.asOf.toISOString() : "now";
}
export {
  NOW,
  viewKey,
  viewOf,
  viewParams
};
