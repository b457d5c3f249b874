// What a reader sees of each figure on a page, read in the browser: state and frame, whether the
// frame sentence is visually hidden, which parts the page's own stylesheets style, which controls
// look usable, the colours shown, and the layout shift so far.
import type { BrowserContext, Page } from 'playwright-core';

/** One figure of the page (a `<figure data-state>` of ours). */
export interface FigureFacts {
  state: string | null;
  /** The frame its diagram shows (`svg[data-frame]`). */
  frame: number;
  /** The frame sentences (`[data-part="live"]`) and whether each is visually hidden. */
  sentences: { text: string; hidden: boolean }[];
  /** Parts no stylesheet rule of the page targets: `figure`, `sentence`, `control <name>`. */
  unstyled: string[];
  /** Controls a reader can see and use (enabled): without JavaScript each one is dead. */
  enabledControls: string[];
}

/**
 * Facts of every figure. A part counts as styled when some rule of the page's stylesheets
 * matches it and does not match a bare element of the same tag: the host's resets (`*`,
 * `button`) do not count.
 */
export function figureFacts(page: Page): Promise<FigureFacts[]> {
  return page.evaluate(() => {
    const rules: string[] = [];
    const collect = (list: CSSRuleList) => {
      for (const rule of Array.from(list)) {
        if (rule instanceof CSSStyleRule) rules.push(rule.selectorText);
        if ('cssRules' in rule && rule.cssRules) collect(rule.cssRules as CSSRuleList);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
    const styled = (element: Element) => {
      const bare = document.createElement(element.tagName);
      document.body.append(bare);
      const targeted = rules.some((selector) => {
        try {
          return element.matches(selector) && !bare.matches(selector);
        } catch {
          return false; // a selector this browser does not parse
        }
      });
      bare.remove();
      return targeted;
    };
    const name = (control: Element) =>
      control.getAttribute('aria-label') ??
      (control as HTMLInputElement).labels?.[0]?.textContent?.trim() ??
      control.textContent?.trim() ??
      control.tagName;
    const figures = Array.from(document.querySelectorAll('figure[data-state]'));
    return figures.map((figure) => {
      const sentences = Array.from(figure.querySelectorAll('[data-part="live"]'));
      const controls = Array.from(
        figure.querySelectorAll('button, input, select, textarea, a[href], [role="button"]'),
      );
      const unstyled = [
        ...(styled(figure) ? [] : ['figure']),
        ...sentences.filter((s) => !styled(s)).map(() => 'sentence'),
        ...controls
          .filter((c) => c.checkVisibility() && !styled(c))
          .map((c) => `control ${name(c)}`),
      ];
      return {
        state: figure.getAttribute('data-state'),
        frame: Number(figure.querySelector('svg[data-frame]')?.getAttribute('data-frame')),
        sentences: sentences.map((sentence) => {
          const box = sentence.getBoundingClientRect();
          return { text: sentence.textContent ?? '', hidden: box.width <= 1 && box.height <= 1 };
        }),
        unstyled,
        enabledControls: controls
          .filter(
            (c) =>
              c.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
              !(c as HTMLButtonElement).disabled &&
              c.getAttribute('aria-disabled') !== 'true',
          )
          .map(name),
      };
    });
  });
}

/** The colours a figure shows: the background seen at its diagram's corner, and every fill. */
export interface FigureColours {
  /** Relative luminance (0 black – 1 white) of what is painted behind the diagram. */
  backgroundLuminance: number;
  /** Every computed fill and text colour inside the figure, in document order. */
  paint: string[];
}

export function figureColours(page: Page, index: number): Promise<FigureColours> {
  return page.evaluate((at) => {
    const figure = document.querySelectorAll('figure[data-state]')[at];
    const svg = figure?.querySelector('svg[data-frame]');
    if (!figure || !svg) throw new Error(`no figure ${at}`);
    svg.scrollIntoView({ block: 'center' });
    const box = svg.getBoundingClientRect();
    const rgb = (colour: string) => colour.match(/[\d.]+/g)?.map(Number) ?? [];
    const opaque = (colour: string) => {
      const [, , , alpha = 1] = rgb(colour);
      return colour !== '' && colour !== 'none' && alpha > 0;
    };
    // What is painted at the corner: the first element up from the one hit that paints.
    let element: Element | null = document.elementFromPoint(box.left + 2, box.top + 2);
    let painted = '';
    while (element && !painted) {
      const style = getComputedStyle(element);
      const fill = element instanceof SVGElement && element !== svg ? style.fill : '';
      if (opaque(fill) && !fill.startsWith('url')) painted = fill;
      else if (opaque(style.backgroundColor)) painted = style.backgroundColor;
      element = element.parentElement;
    }
    const [r = 255, g = 255, b = 255] = rgb(painted || 'rgb(255, 255, 255)');
    const linear = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const paint = Array.from(figure.querySelectorAll('*')).map((part) => {
      const style = getComputedStyle(part);
      return part instanceof SVGElement ? `${style.fill} ${style.stroke}` : style.color;
    });
    return {
      backgroundLuminance: 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b),
      paint,
    };
  }, index);
}

/** Counts layout shifts (not caused by input) from the first paint on, in `window.__shift`. */
export async function watchLayoutShift(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shift: number }).__shift);
