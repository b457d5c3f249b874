// The bench page: bundled for production by tests/bench/bundle.ts and driven by
// tests/bench/browser.ts through `window.bench`.
import {
  ConvAnimation,
  DilatedConvAnimation,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { TransposedConvExplainer } from '@conv-arithmetic/react/explainer';
import { createRoot, type Root } from 'react-dom/client';
import type { BenchApi, BenchWindow, ManyOptions, StepKind, StepSample } from './api';

const STEPPERS = {
  conv: ConvAnimation,
  transposed: TransposedConvAnimation,
  dilated: DilatedConvAnimation,
} as const;

const container = document.getElementById('root') as HTMLElement;
let root: Root | null = null;

function render(element: React.ReactNode): void {
  root?.unmount();
  root = createRoot(container);
  root.render(element);
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the frame following the next one, so the first has been painted. */
const painted = async () => {
  await nextFrame();
  await nextFrame();
};

/** Waits until `check` holds, polling once a frame; fails after `ms`. */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms)
      throw new Error(`bench page: timed out waiting for ${what}`);
    await nextFrame();
  }
}

function Stepper({ kind, size }: { kind: StepKind; size: number }) {
  if (kind === 'explainer-gather' || kind === 'explainer-scatter') {
    return (
      <TransposedConvExplainer
        input={size / 2}
        kernel={3}
        stride={2}
        padding={1}
        outputPadding={1}
        order={kind === 'explainer-gather' ? 'gather' : 'scatter'}
        autoPlay={false}
        cellSize={16}
      />
    );
  }
  if (kind === 'channels-8') {
    return (
      <ConvAnimation input={size} kernel={3} inChannels={8} outChannels={8} autoPlay={false} />
    );
  }
  const Animation = STEPPERS[kind];
  // maxGridSize 128: a transposed 64×64 input draws a 68×68 grid, over the default cap of 64.
  // The dilated one pads by 2 ('same'): unpadded, a 5×5 input would have one output cell.
  return (
    <Animation
      input={size}
      kernel={3}
      padding={kind === 'dilated' ? 2 : 0}
      autoPlay={false}
      maxGridSize={128}
    />
  );
}

/** A row of small playing diagrams, as in the Guides/Examples "Many diagrams" story. */
function Diagrams({
  group,
  count,
  fps,
}: {
  group: 'visible' | 'offscreen';
  count: number;
  fps: number;
}) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-group={group}>
      {Array.from({ length: count }, (_, i) => (
        <ConvAnimation
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders
          key={i}
          input={5}
          kernel={3}
          fps={fps}
          cellSize={12}
          labels={false}
          controls={false}
          title={`${group} diagram ${i + 1}`}
        />
      ))}
    </div>
  );
}

function Many({ count, options }: { count: 1 | 50; options: ManyOptions }) {
  const { fps, inView } = options;
  if (count === 1) return <Diagrams group="visible" count={1} fps={fps} />;
  if (inView === 50) return <Diagrams group="visible" count={50} fps={fps} />;
  return (
    <div>
      <Diagrams group="visible" count={5} fps={fps} />
      <div style={{ height: 4000 }} aria-hidden="true" />
      <Diagrams group="offscreen" count={45} fps={fps} />
    </div>
  );
}

const figure = () => container.querySelector('figure[data-frame]');
const frameOf = (element: Element | null) => Number(element?.getAttribute('data-frame'));

/** Frame changes per group of the many-diagram page, counted as they happen. */
const changes = { visible: 0, offscreen: 0 };
const countChange = (record: MutationRecord) => {
  const target = record.target as Element;
  if (target.tagName !== 'FIGURE') return; // its svg carries data-frame too: count each step once
  const group = target.closest('[data-group]')?.getAttribute('data-group');
  if (group === 'visible' || group === 'offscreen') changes[group]++;
};
const frameWatch = new MutationObserver((records) => {
  for (const record of records) countChange(record);
});

const api: BenchApi = {
  async mountStepper(kind, size) {
    render(<Stepper kind={kind} size={size} />);
    await until(() => figure() !== null, `the ${kind} ${size}×${size} diagram`);
    // The channel picture loads on first use: step it once it is drawn.
    await until(() => figure()?.querySelector('svg') != null, `the ${kind} picture`);
    await painted();
  },

  async step(): Promise<StepSample> {
    const element = figure();
    const next = element?.querySelector('button[aria-label="Next frame"]');
    if (!(next instanceof HTMLButtonElement)) throw new Error('bench page: no "Next frame" button');
    const before = frameOf(element);
    // Records delivered before takeRecords() (React commits in a microtask) are kept too.
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((delivered) => records.push(...delivered));
    observer.observe(container, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const start = performance.now();
    next.click();
    // React commits a click's update in a microtask queued during the click; this one runs after.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    const ms = performance.now() - start;
    const touched = new Set<Node>();
    records.push(...observer.takeRecords());
    observer.disconnect();
    for (const record of records) {
      if (record.type !== 'childList') touched.add(record.target);
      for (const node of record.addedNodes) touched.add(node);
      for (const node of record.removedNodes) touched.add(node);
    }
    const after = frameOf(figure());
    // Small diagrams wrap from their last frame to the first within the steps.
    if (after !== before + 1 && !(after === 0 && before > 0)) {
      throw new Error(`bench page: a step went from frame ${before} to ${frameOf(figure())}`);
    }
    await painted();
    const inPlane = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest(
        '[data-layer="input"], [data-layer="output"]',
      ) != null;
    const planeMutations = records.filter((record) => inPlane(record.target)).length;
    return { ms, nodes: touched.size, mutations: records.length, planeMutations };
  },

  async mountMany(options) {
    render(<Many count={50} options={options} />);
    await until(() => container.querySelectorAll('figure[data-frame]').length === 50, '50 figures');
    changes.visible = 0;
    changes.offscreen = 0;
    frameWatch.disconnect();
    frameWatch.observe(container, { subtree: true, attributeFilter: ['data-frame'] });
    await painted();
  },

  inViewCount() {
    return [...container.querySelectorAll('figure[data-frame]')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    }).length;
  },

  frameChanges(group) {
    for (const record of frameWatch.takeRecords()) countChange(record);
    return changes[group];
  },

  async firstPaint(count) {
    const contentful = new Promise<number>((resolve) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (!entry) return;
        observer.disconnect();
        resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    });
    const start = performance.now();
    render(<Many count={count} options={{ inView: 5, fps: 4 }} />);
    const paint = await Promise.race([
      contentful,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('bench page: no first-contentful-paint')), 10_000),
      ),
    ]);
    if (container.querySelectorAll('figure[data-frame]').length !== count) {
      throw new Error(`bench page: expected ${count} figures`);
    }
    return paint - start;
  },
};

(window as unknown as BenchWindow).bench = api;
