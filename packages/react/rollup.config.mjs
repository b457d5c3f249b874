import { packageBuild } from '../rollup.shared.mjs';
import { workerUrl } from './workerUrl.mjs';

// Peers, core and gifenc stay imports; each module that needs the client keeps its directive.
const external = (id) =>
  /^(react|react-dom|styled-components|gifenc|@conv-arithmetic\/core)(\/|$)/.test(id);

export default packageBuild({
  external,
  directives: true,
  entries: ['index', 'exporting', 'explaining'],
  plugins: [workerUrl()],
});
