// Long answer lists completed a slice per turn of the event loop: graphql-js completes a list of plain
// values in one synchronous stretch (at 10,000 nodes, every node's and every metric's fields at once,
// while every other request of the process waits); an item that is a promise is completed when it
// settles, so items released a slice per turn are completed a slice per turn.

/** Items completed between two turns of the event loop. */
export const ITEMS_PER_TURN = 250;

/** Lets every other request of the process run before going on. */
export const turn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** `items` as they are when short; else the first slice as is and each later one a turn after the last. */
export function listInTurns<T>(items: T[], perTurn = ITEMS_PER_TURN): Array<T | Promise<T>> {
  if (items.length <= perTurn) return items;
  const out: Array<T | Promise<T>> = items.slice(0, perTurn);
  let released = Promise.resolve();
  for (let i = perTurn; i < items.length; i += perTurn) {
    released = released.then(turn);
    const slice = released;
    for (let j = i; j < Math.min(i + perTurn, items.length); j++) out.push(slice.then(() => items[j]!));
  }
  return out;
}
