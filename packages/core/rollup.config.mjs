import { packageBuild } from '../rollup.shared.mjs';

export default packageBuild({ entries: ['index', 'gallery', 'matrices', 'channels'] });
