// Pure helpers of `npm run bench`: medians, percentiles and the printed table.

export function median(values: number[]): number | undefined {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values: number[], p: number): number | undefined {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export type Target = { text: string; test: (value: number) => boolean };
export type Row = { name: string; value: number | string | undefined; unit: string; target: string; met: boolean | undefined };

/** One row: a figure, its value with unit, the target it is held to, and whether it is met. */
export function row(name: string, value: number | string | undefined, unit: string, target?: Target): Row {
  const met = typeof value !== 'number' || target === undefined ? undefined : target.test(value);
  return { name, value, unit, target: target?.text ?? '', met };
}

export const atMost = (limit: number, unit = ''): Target => ({ text: `≤ ${limit}${unit}`, test: (value) => value <= limit });
export const below = (limit: number, unit = ''): Target => ({ text: `< ${limit}${unit}`, test: (value) => value < limit });
export const exactly = (wanted: number): Target => ({ text: `= ${wanted}`, test: (value) => value === wanted });

function format(value: Row['value']): string {
  if (value === undefined) return 'n/a';
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(value >= 10 ? 1 : 2);
}

/** The table as aligned text lines. */
export function toTable(rows: Row[]): string[] {
  const cells = rows.map((r) => [r.name, `${format(r.value)}${r.value === undefined ? '' : r.unit}`, r.target, r.met === undefined ? '' : r.met ? 'met' : 'NOT MET']);
  const header = ['figure', 'measured', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}
