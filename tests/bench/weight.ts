// Weight row: what a page loads up front from each package, minified + gzip, measured exactly as
// the size budgets of `pnpm test` measure it (tests/helpers/size.ts).
import { gzipSize } from '../helpers/size';
import { distPath } from './built';
import { type Row, row, whole } from './row';

const BUDGETS = [3 * 1024, 12 * 1024] as const;

export function weightRows(): Row[] {
  const sizes = [gzipSize(distPath('core')).gzip, gzipSize(distPath('react')).gzip];
  return [
    {
      ...row('Weight: core / react, gzip', sizes, 'B', { format: (v) => `${whole(v)} B` }),
      target: '≤ 3 kB / ≤ 12 kB',
      holds: sizes.every((size, i) => size <= (BUDGETS[i] as number)),
    },
  ];
}
