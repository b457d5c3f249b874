import { packageBuild } from '../rollup.shared.mjs';
import { workerUrl } from './workerUrl.mjs';

// Peers, core and gifenc stay imports; the client directive leads each bundle.
const external = (id) =>
  /^(react|react-dom|styled-components|gifenc|@conv-arithmetic\/core)(\/|$)/.test(id);

export default packageBuild({
  external,
  banner: "'use client';",
  entries: ['index', 'exporting', 'explaining'],
  plugins: [workerUrl()],
});
