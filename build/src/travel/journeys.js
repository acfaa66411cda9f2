const DEFAULT_GAP_HOURS = 72;
function continues(prev, next, gapMs, place) {
  if (!prev.to || !next.from) return false;
  if (place(prev.to.id) !== place(next.from.id)) return false;
  const ended = prev.arrivedAt ?? prev.departedAt;
  if (!ended || !next.departedAt) return false;
  const wait = next.departedAt.getTime() - ended.getTime();
  return wait >= 0 && wait <= gapMs;
}
function journeyOf(legs) {
  const route = [];
  const first = legs[0];
  if (first.from) route.push(first.from);
  for (const leg of legs) if (leg.to) route.push(leg.to);
  const last = legs[legs.length - 1];
  return { legs, route, departedAt: first.departedAt, arrivedAt: last.arrivedAt ?? last.departedAt };
}
function chainJourneys(legs, gapHours = DEFAULT_GAP_HOURS, place = (id) => id) {
  const journeys = [];
  const gapMs = gapHours * 36e5;
  for (const leg of legs) {
    const current = journeys[journeys.length - 1];
    const prev = current?.[current.length - 1];
    if (current && prev && continues(prev, leg, gapMs, place)) current.push(leg);
    else journeys.push([leg]);
  }
  return journeys.map(journeyOf);
}
export {
  DEFAULT_GAP_HOURS,
  chainJourneys
};
