// CPU time of the browser this process launched, read from Linux's /proc without tracing: each
// thread's time on a CPU (schedstat, in ns) of every process descending from this one, so the
// tracer's own cost is not in it. Linux only; elsewhere `available()` is false.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Per thread (`pid:tid`): its label (`process type/thread name`) and ns on a CPU so far. */
export type CpuSnapshot = Map<string, { label: string; ns: number }>;

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process or thread ended meanwhile
  }
};

/** Whether /proc offers per-thread schedstat here. */
export const available = () =>
  existsSync('/proc/self/task') && read('/proc/self/schedstat') !== null;

/** The ids of every live process whose ancestry reaches `root`, `root` excepted. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields?.[1]) parent.set(Number(entry), Number(fields[1]));
  }
  const isBelow = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === root) return true;
    return false;
  };
  return [...parent.keys()].filter(isBelow);
}

/**
 * Chromium's process type from its command line (`--type=renderer`; none: the browser), or null
 * for a process that is not Chromium's (esbuild's service, say). Chromium's children rewrite
 * their command line as one string, so arguments may be split by spaces rather than NULs.
 */
function processType(pid: number): string | null {
  const args = read(`/proc/${pid}/cmdline`)?.split(/[\0 ]/) ?? [];
  if (!args[0]?.includes('chrom')) return null;
  return args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length) ?? 'browser';
}

/** Chromium's name for each process type's main thread, which /proc names after the program. */
const MAIN_THREADS: Record<string, string> = {
  browser: 'CrBrowserMain',
  renderer: 'CrRendererMain',
  'gpu-process': 'CrGpuMain',
  utility: 'CrUtilityMain',
  zygote: 'CrZygoteMain',
};

/** The CPU time of every thread of every Chromium process below this one, now. */
export function cpuSnapshot(root = process.pid): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  for (const pid of descendants(root)) {
    const type = processType(pid);
    if (type === null) continue;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const ns = Number(read(`/proc/${pid}/task/${tid}/schedstat`)?.split(' ')[0]);
      const comm = read(`/proc/${pid}/task/${tid}/comm`)?.trim() ?? '';
      if (!Number.isFinite(ns)) continue;
      const thread = tid === String(pid) ? (MAIN_THREADS[type] ?? comm) : comm.replace(/\d+$/, '');
      snapshot.set(`${pid}:${tid}`, { label: `${type}/${thread}`, ns });
    }
  }
  return snapshot;
}

/** CPU ms spent between two snapshots, per label (threads born in between counted from zero). */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const spent: Record<string, number> = {};
  for (const [thread, { label, ns }] of after) {
    const ms = (ns - (before.get(thread)?.ns ?? 0)) / 1e6;
    if (ms > 0) spent[label] = (spent[label] ?? 0) + ms;
  }
  return spent;
}
