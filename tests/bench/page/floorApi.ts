// What the floor page (page/floor.ts) offers tests/bench/floor.ts as `window.floor`.

/**
 * What a click on the page's button changes: `idle` has no button (the loop awaits two frames
 * alone), `nothing` a button whose click changes nothing, `text` one text node, `live-text` one
 * text node in a visually hidden polite live region, `contained-text` one text node in a box with
 * `contain: strict`, `range` a range input's value, `transform` one absolutely positioned div's
 * transform (on a compositor layer of its own); in a 200×200 SVG, `svg-attribute` a `<g>`'s
 * `transform` attribute, `svg-style` its CSS `transform`, `svg-points` a polygon's `points`.
 */
export type FloorMode =
  | 'idle'
  | 'nothing'
  | 'text'
  | 'live-text'
  | 'contained-text'
  | 'range'
  | 'transform'
  | 'svg-attribute'
  | 'svg-style'
  | 'svg-points';

/** How a step waits before the next: see FloorApi.steps. */
export type FloorSettle = 'frames' | 'timeout';

export interface FloorApi {
  /** Replaces the page's content with the mode's button and element. */
  setup(mode: FloorMode): void;
  /**
   * `n` steps: click the button, let the microtasks run, then await two animation frames (as
   * the browser rows do), or with `settle: 'timeout'` one frame and then 50 ms without asking
   * for another, so that no frame but the one that draws the change is made.
   */
  steps(n: number, settle?: FloorSettle): Promise<void>;
}

export type FloorWindow = { floor: FloorApi };
