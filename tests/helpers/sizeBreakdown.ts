// Which source modules make up the react page of the size budget (one <ConvAnimation>), heaviest
// first: `node --import tsx tests/helpers/sizeBreakdown.ts [count]`. Also prints the built dist's
// figure, the one the budget checks, so the two can be compared.
import { gzipSize, REACT_PAGE_IMPORTS, SIZE_BUDGETS, sizeBreakdown } from './size';

const ROOT = new URL('../..', import.meta.url).pathname;
const count = Number(process.argv[2] ?? 40);
const source = sizeBreakdown(`${ROOT}packages/react/src/index.ts`, REACT_PAGE_IMPORTS);
const dist = gzipSize(`${ROOT}packages/react/dist/index.js`, REACT_PAGE_IMPORTS);

console.log(
  `react page from dist: ${dist.gzip} B gzip (${dist.minified} B minified), budget ${SIZE_BUDGETS.react} B`,
);
console.log(`react page from src: ${source.gzip} B gzip (${source.minified} B minified)`);
console.log('minified  ~gzip  module');
for (const { module, minified, gzipShare } of source.modules.slice(0, count))
  console.log(
    `${String(minified).padStart(8)} ${String(gzipShare).padStart(6)}  ${module.replace(ROOT, '')}`,
  );
