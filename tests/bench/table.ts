// The printed table: Markdown, so it pastes straight into the README.
import type { Row } from './row';

const HOLDS = { true: 'yes', false: 'NO', null: '—' } as const;

/** Rows as a Markdown table with padded columns: figure | measured | target | holds. */
export function formatTable(rows: readonly Row[]): string {
  const cells = [
    ['figure', 'measured', 'target', 'holds'],
    ...rows.map((r) => [r.figure, r.measured, r.target, HOLDS[`${r.holds}`]]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    `| ${c.map((text, i) => text.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(cells[0] as string[]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n');
}
