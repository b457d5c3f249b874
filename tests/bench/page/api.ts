// What the bench page offers the driver (tests/bench/browser.ts) as `window.bench`.

export type StepKind =
  | 'conv'
  | 'transposed'
  | 'dilated'
  | 'explainer-gather'
  | 'explainer-scatter'
  | 'channels-8';

export interface StepSample {
  /** Scripting of one step: the click on "Next frame" until React has committed. */
  ms: number;
  /** Distinct DOM nodes added, removed, or with an attribute or text changed by the step. */
  nodes: number;
}

export interface BenchApi {
  /**
   * One paused diagram with controls, `size`×`size` input, 3×3 kernel; resolves once painted. The
   * explainer kinds draw a transposed convolution with a `size`×`size` output (stride 2, padding
   * 1, output padding 1: a `size`/2 input) in its three views, stepping in gather or scatter order.
   * `channels-8`: a direct convolution with 8 input and 8 output maps of `size`×`size`.
   */
  mountStepper(kind: StepKind, size: number): Promise<void>;
  /** Clicks "Next frame" once and waits for the next two frames (so each step paints alone). */
  step(): Promise<StepSample>;
  /** The many-diagram page: 5 visible diagrams, a 4000 px gap, 45 more off-screen. */
  mountMany(): Promise<void>;
  /** How many times the diagrams of a group changed frame since mountMany. */
  frameChanges(group: 'visible' | 'offscreen'): number;
  /** Mounts `count` diagrams as mountMany lays them out; ms from render() to the first paint. */
  firstPaint(count: 1 | 50): Promise<number>;
}

/** The page's global, typed for page.evaluate callbacks. */
export type BenchWindow = { bench: BenchApi };
