/** A cluster's count as it fits its pill: `7`, `1,234`, or `99+` when the exact count is too wide. */
export function countText(count: number, width: number): string {
  // Grouped by hand: toLocaleString goes through Intl, which costs more than the rest of a cluster's update.
  const exact = String(count).replace(/\B(?=(\d{3})+$)/g, ',');
  // About 7 px a character at the count's 11 px bold, plus room for the rounded ends.
  return exact.length * 7 + 6 <= width || count <= 99 ? exact : '99+';
}
