/**
 * Runs `work` over `items`, `size` at a time, and resolves with the results
 * in the items' order: the server takes many calls at once, and a test that
 * waited for each in turn would spend its minutes on round trips.
 */
export async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    results.push(...(await Promise.all(batch.map((item, i) => work(item, start + i)))));
  }
  return results;
}
