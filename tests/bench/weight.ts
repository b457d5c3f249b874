// Weight row: what a page loads up front from each package, minified + gzip, measured exactly as
// the size budgets of `pnpm test` measure it (tests/helpers/size.ts).
import { gzipSize, REACT_PAGE_IMPORTS, SIZE_BUDGETS } from '../helpers/size';
import { distPath } from './built';
import { type Row, row, whole } from './row';

export function weightRows(): Row[] {
  const core = gzipSize(distPath('core')).gzip;
  const react = gzipSize(distPath('react'), REACT_PAGE_IMPORTS).gzip;
  const sizes = [core, react];
  return [
    {
      ...row('Weight: core / react, gzip', sizes, 'B', { format: (v) => `${whole(v)} B` }),
      target: `≤ ${SIZE_BUDGETS.core} B / ≤ ${SIZE_BUDGETS.react} B`,
      holds: core <= SIZE_BUDGETS.core && react <= SIZE_BUDGETS.react,
    },
  ];
}
