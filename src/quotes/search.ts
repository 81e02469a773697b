/** Index of the first of `count` items, sorted by key, whose key is at or after `offset` (binary search). */
export function firstKeyAtOrAfter(count: number, keyAt: (index: number) => number, offset: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keyAt(mid) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
