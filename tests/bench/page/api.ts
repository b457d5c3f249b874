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
  /** DOM mutations of the step: MutationObserver records (one per attribute, text or child list). */
  mutations: number;
  /** Of those, the ones inside the input or output plane (static: there should be none). */
  planeMutations: number;
}

/** The many-diagram page: how many of the 50 are in view, and their pace. */
export interface ManyOptions {
  inView: 5 | 50;
  fps: 1 | 4;
}

export interface BenchApi {
  /**
   * One paused diagram with controls, `size`×`size` input, 3×3 kernel (the dilated one padded
   * by 2, so its output is `size`×`size` too); resolves once painted. The
   * explainer kinds draw a transposed convolution with a `size`×`size` output (stride 2, padding
   * 1, output padding 1: a `size`/2 input) in its three views, stepping in gather or scatter order.
   * `channels-8`: a direct convolution with 8 input and 8 output maps of `size`×`size`.
   */
  mountStepper(kind: StepKind, size: number): Promise<void>;
  /** Clicks "Next frame" once and waits for the next two frames (so each step paints alone). */
  step(): Promise<StepSample>;
  /**
   * The many-diagram page: 50 playing 5×5 diagrams at `fps`; with `inView: 5`, 5 visible, a
   * 4000 px gap and 45 more off-screen; with `inView: 50`, all 50 in a grid that fits the view.
   */
  mountMany(options: ManyOptions): Promise<void>;
  /** How many of the page's figures lie wholly inside the viewport. */
  inViewCount(): number;
  /** How many times the diagrams of a group changed frame since mountMany. */
  frameChanges(group: 'visible' | 'offscreen'): number;
  /** Mounts `count` diagrams as mountMany lays them out; ms from render() to the first paint. */
  firstPaint(count: 1 | 50): Promise<number>;
}

/** The page's global, typed for page.evaluate callbacks. */
export type BenchWindow = { bench: BenchApi };
