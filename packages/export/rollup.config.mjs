import { packageBuild } from '../rollup.shared.mjs';

// Everything this package builds on stays an import: it is a Node tool over the other packages.
const external = (id) =>
  /^(node:|react|react-dom|styled-components|@conv-arithmetic\/|@resvg\/)/.test(id);

export default packageBuild({ external, entries: ['index', 'cli'], typeEntries: ['index'] });
