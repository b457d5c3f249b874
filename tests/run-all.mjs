// The README's test command runs this: every check and suite in CI order (format/lint/types →
// unit and component tests → builds → browser and consumer tests), then one closing line
// "N passed, N failed" counted from the suites' own reports. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

function run(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    // tsx (the CLI tests run the command from source) would leave its compile cache in TMPDIR;
    // what stays is tsx's empty per-user run dir ($TMPDIR/tsx-<uid>), made on every start.
    env: { ...process.env, FORCE_COLOR: '1', TSX_DISABLE_CACHE: '1' },
  });
  return result.status === 0;
}

/** A step with no test counts of its own counts as one test. */
function step(name, command, args) {
  if (run(name, command, args)) passed++;
  else {
    failed++;
    console.log(`✗ ${name} failed`);
  }
}

/** A vitest run: its JSON report gives the test counts. */
function vitest(name, configArgs, reportFile) {
  rmSync(reportFile, { force: true }); // never read a previous run's counts
  const ok = run(name, 'pnpm', [
    'exec',
    'vitest',
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  if (!existsSync(reportFile)) {
    failed++;
    console.log(`✗ ${name}: no report written`);
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that failed to load (or a crashed run) has no failed test to count: count the run.
  if (!ok && report.numFailedTests === 0) failed++;
}

step('format and lint (biome)', 'pnpm', ['exec', 'biome', 'check', '.']);
step('types (tsc, strict)', 'pnpm', ['exec', 'tsc', '-p', 'tests/tsconfig.json']);
step('build the packages (rollup)', 'pnpm', ['run', 'build']);
vitest(
  'unit and component tests',
  ['--config', 'tests/vitest.config.ts'],
  'test-results/unit.json',
);
step('build the static Storybook', 'pnpm', ['run', 'build-storybook']);
vitest(
  'real-browser tests (Chromium)',
  ['--config', 'tests/e2e/vitest.config.ts'],
  'test-results/e2e.json',
);
vitest(
  'consumer tests (packed tarballs, publint, attw, sizes, Next.js/Docusaurus/Astro sites)',
  ['--config', 'tests/consumers/vitest.config.ts'],
  'test-results/consumers.json',
);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
