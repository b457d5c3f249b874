// `pnpm bench` (after the rollup build): measures every figure of the README's Performance table,
// prints one table with each row's target and whether it holds, and writes bench/results.json
// ({ machine, date, rows }). Not part of `pnpm test`; a target missed does not fail it, a crash does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

// React and styled-components in their production builds, as in the browser bundle.
process.env.NODE_ENV = 'production';

const { ROOT } = await import('./built');
const { coreRows } = await import('./core');
const { browserRows } = await import('./browser');
const { floorRows } = await import('./floor');
const { nodeRows } = await import('./node');
const { gifRows } = await import('./gif');
const { weightRows } = await import('./weight');
const { formatTable } = await import('./table');

const started = Date.now();
const groups = [
  ['core', coreRows],
  ['browser', browserRows],
  ['node', nodeRows],
  ['gif', gifRows],
  ['weight', async () => weightRows()],
] as const;
// Probes run only when named (BENCH_GROUPS=floor): not rows of the README's table.
const probes = [['floor', floorRows]] as const;

// BENCH_GROUPS=browser,weight measures only those groups (a quicker look while working).
const only = process.env.BENCH_GROUPS?.split(',').map((name) => name.trim());
const rows = [];
for (const [name, measure] of [...groups, ...probes]) {
  if (only ? !only.includes(name) : probes.some(([probe]) => probe === name)) continue;
  const groupStart = Date.now();
  rows.push(...(await measure()));
  console.error(`bench: ${name} rows in ${((Date.now() - groupStart) / 1000).toFixed(1)} s`);
}

const cpuList = cpus();
const machine = {
  cpus: `${cpuList.length} × ${cpuList[0]?.model.trim() ?? 'unknown CPU'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const date = new Date().toISOString();
console.log(formatTable(rows));
console.log(
  `\n${machine.cpus}, ${machine.memory}, Node ${machine.node}, ${date.slice(0, 10)}; ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s`,
);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ machine, date, rows }, null, 2)}\n`,
);
console.log('wrote bench/results.json');
