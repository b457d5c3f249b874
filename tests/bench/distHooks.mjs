// Module hooks for the bench's child processes: our packages resolve to their built `dist`, as
// they do for a user who installed them (in the workspace their `exports` point at the sources).
const ENTRIES = {
  '@conv-arithmetic/core': 'core/dist/index.js',
  '@conv-arithmetic/core/gallery': 'core/dist/gallery.js',
  '@conv-arithmetic/core/matrix': 'core/dist/matrices.js',
  '@conv-arithmetic/core/channels': 'core/dist/channels.js',
  '@conv-arithmetic/react': 'react/dist/index.js',
  '@conv-arithmetic/react/export': 'react/dist/exporting.js',
  '@conv-arithmetic/react/explainer': 'react/dist/explaining.js',
  '@conv-arithmetic/export': 'export/dist/index.js',
};
const PACKAGES = new URL('../../packages/', import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  const entry = ENTRIES[specifier];
  if (entry) return { url: new URL(entry, PACKAGES).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
