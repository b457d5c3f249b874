// The page the property-based suite drives: bundled with esbuild as a production build, it renders
// one prop set (or a sequence of them, on the same root) per call and reports what happened.
import {
  ConvAnimation,
  DilatedConvAnimation,
  PoolingAnimation,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export type FuzzKind = 'conv' | 'transposed' | 'dilated' | 'pool';

/** What one rendered step looked like. */
export interface StepReport {
  /** Errors React's boundary caught while rendering this step. */
  boundaryHits: string[];
  /** Uncaught errors and unhandled rejections since the step began. */
  uncaught: string[];
  /** Text and data-param of every role="alert" in the root. */
  alerts: { text: string; param: string | null }[];
  /** Whether a figure is drawn (no figure: an alert, or nothing). */
  drawn: boolean;
  /** Markup around the first "NaN" or "Infinity" in the figure's outerHTML, or null. */
  nonFinite: string | null;
  /** data-frame and data-state of the figure, when one is drawn. */
  frame: number | null;
  state: string | null;
  /** Whether the frame moved within the wait, for steps that ask for it. */
  advanced: boolean | null;
  /** console.warn calls during the step (a production build has none of ours). */
  warnings: string[];
  /** Milliseconds the synchronous render took. */
  renderMs: number;
  /** Computed background images of the root's HTML elements: a theme value that smuggled a URL. */
  cssUrls: string[];
  /** Set by an injected script, were one ever to run. */
  leaked: boolean;
  /** The shown counter, "frame 3 / 9", when controls are shown. */
  counter: string | null;
}

export interface FuzzStep {
  props: Record<string, unknown>;
  /** Wait up to this many ms for data-frame to change (recovery checks). */
  expectAdvanceWithin?: number;
  /** Read computed styles for URLs (a style recalc: only where a theme could smuggle one). */
  checkCss?: boolean;
  /** Where the root sits from this step on: in view, or far below it (the off-screen gate). */
  place?: 'onscreen' | 'offscreen';
}

declare global {
  interface Window {
    fuzz: {
      run(kind: FuzzKind, steps: FuzzStep[]): Promise<StepReport[]>;
    };
  }
}

const components = {
  conv: ConvAnimation,
  transposed: TransposedConvAnimation,
  dilated: DilatedConvAnimation,
  pool: PoolingAnimation,
} as const;

/**
 * Values that cannot cross page.evaluate (structured clone drops or rejects them) travel as
 * markers and are rebuilt here: BigInt, cyclic objects, functions, symbols, undefined.
 */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$bigint === 'string') return BigInt(record.$bigint);
  if (record.$cyclic === true) {
    const cyclic: Record<string, unknown> = { rows: 3, cols: 3 };
    cyclic.self = cyclic;
    return cyclic;
  }
  if (record.$cyclicArray === true) {
    const cyclic: unknown[] = [3];
    cyclic.push(cyclic);
    return cyclic;
  }
  if (record.$function === true) return () => 3;
  if (typeof record.$symbol === 'string') return Symbol(record.$symbol);
  if (record.$undefined === true) return undefined;
  if (typeof record.$date === 'number') return new Date(record.$date);
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, revive(inner)]));
}

let uncaught: string[] = [];
window.addEventListener('error', (event) => {
  uncaught.push(`error: ${event.message}`);
});
window.addEventListener('unhandledrejection', (event) => {
  uncaught.push(`unhandledrejection: ${String(event.reason)}`);
});

let boundaryHits: string[] = [];
let warnings: string[] = [];
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
  originalWarn(...args);
};

/** Records what it catches; renders nothing in place of the crashed tree. */
class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    boundaryHits.push(`${error?.message ?? String(error)}${info.componentStack ?? ''}`);
  }
  override render() {
    return this.state.failed ? <div data-boundary="hit" /> : this.props.children;
  }
}

const readFrame = (host: HTMLElement) => {
  const figure = host.querySelector('figure[data-frame]');
  return figure ? Number(figure.getAttribute('data-frame')) : null;
};

const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A macrotask without setTimeout's clamping: lets effects' async work and errors land. */
const yieldTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Markup around the first non-number printed into the figure (checked here: the markup is big). */
function nonFiniteIn(html: string): string | null {
  const at = html.search(/NaN|Infinity/);
  return at < 0 ? null : html.slice(Math.max(0, at - 120), at + 40);
}

/** Background images of the HTML elements (an SVG's cells are drawn with fills, never URLs). */
function cssUrlsIn(host: HTMLElement): string[] {
  const urls: string[] = [];
  for (const element of [host, ...host.querySelectorAll('*')]) {
    if (!(element instanceof HTMLElement)) continue;
    const style = getComputedStyle(element);
    for (const value of [style.backgroundImage, style.borderImageSource, style.listStyleImage]) {
      if (value && value !== 'none') urls.push(value);
    }
  }
  return urls;
}

async function waitForAdvance(host: HTMLElement, within: number): Promise<boolean> {
  const start = readFrame(host);
  const deadline = performance.now() + within;
  while (performance.now() < deadline) {
    await nextPaint();
    const now = readFrame(host);
    if (now !== null && now !== start) return true;
  }
  return false;
}

async function run(kind: FuzzKind, steps: FuzzStep[]): Promise<StepReport[]> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  // Typed as the widest (a pooling's props include its mode): the suite builds them per kind.
  const Figure = components[kind] as (props: Parameters<typeof components.pool>[0]) => ReactNode;
  const reports: StepReport[] = [];
  // A boundary that caught stays failed: the next step gets a fresh one.
  let boundaryKey = 0;
  try {
    for (const step of steps) {
      uncaught = [];
      boundaryHits = [];
      warnings = [];
      const props = revive(step.props) as Parameters<typeof components.pool>[0];
      if (step.place) host.style.marginTop = step.place === 'offscreen' ? '5000px' : '0';
      const started = performance.now();
      try {
        flushSync(() =>
          root.render(
            <Boundary key={boundaryKey}>
              <Figure {...props} />
            </Boundary>,
          ),
        );
      } catch (error) {
        // Thrown past the boundary: React rethrows what nothing caught.
        uncaught.push(`render threw: ${error instanceof Error ? error.message : String(error)}`);
      }
      const renderMs = performance.now() - started;
      if (boundaryHits.length > 0) boundaryKey++;
      // Effects ran with the synchronous commit; async work and errors land by the next task
      // (one per run; a recovery check waits for frames anyway).
      if (step === steps[steps.length - 1]) await yieldTask();
      const advanced =
        step.expectAdvanceWithin === undefined
          ? null
          : await waitForAdvance(host, step.expectAdvanceWithin);
      const figure = host.querySelector('figure');
      reports.push({
        boundaryHits,
        uncaught,
        alerts: [...host.querySelectorAll('[role="alert"]')].map((alert) => ({
          text: alert.textContent ?? '',
          param: alert.getAttribute('data-param'),
        })),
        drawn: figure !== null,
        nonFinite: figure ? nonFiniteIn(figure.outerHTML) : null,
        frame: readFrame(host),
        state: figure?.getAttribute('data-state') ?? null,
        advanced,
        warnings,
        renderMs,
        cssUrls: step.checkCss ? cssUrlsIn(host) : [],
        leaked: (window as { leaked?: unknown }).leaked !== undefined,
        counter:
          [...host.querySelectorAll('span[aria-hidden="true"]')]
            .map((span) => span.textContent ?? '')
            .find((text) => text.startsWith('frame ')) ?? null,
      });
    }
  } finally {
    flushSync(() => root.unmount());
    host.remove();
  }
  return reports;
}

window.fuzz = { run };
