/**
 * Rows grouped under the keys a DataLoader asked for, in the order the rows came (the query's
 * order). Every key gets a list, empty when nothing matched; rows under other keys are dropped;
 * `limit` caps each list.
 */
export function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string, limit = Infinity): Map<string, T[]> {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group && group.length < limit) group.push(row);
  }
  return groups;
}
