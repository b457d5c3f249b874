// The floor page: the bench's step loop (click a button, await two animation frames) on a page
// with nothing else on it, so tests/bench/floor.ts can measure what the loop itself costs and
// what one kind of change adds to it.
import type { FloorMode, FloorSettle, FloorWindow } from './floorApi';

const root = document.getElementById('root') as HTMLElement;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const SVG = 'http://www.w3.org/2000/svg';
/** The figure's visually hidden text (the `ca-sr` rule). */
const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';

let button: HTMLButtonElement | null = null;

/** A span showing `Frame n`, and what a step writes to it. */
function textNode(style: string, attributes: Record<string, string> = {}): (n: number) => void {
  const text = document.createElement('span');
  text.style.cssText = style;
  for (const [name, value] of Object.entries(attributes)) text.setAttribute(name, value);
  text.textContent = 'Frame 0';
  root.append(text);
  const node = text.firstChild as Text;
  return (n) => {
    node.data = `Frame ${n % 10}`;
  };
}

/** A 200×200 SVG holding a `<g>` around a square (and the polygon of `svg-points`). */
function svgScene(): { g: SVGGElement; polygon: SVGPolygonElement } {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '200');
  svg.setAttribute('height', '200');
  svg.setAttribute('viewBox', '0 0 200 200');
  const g = document.createElementNS(SVG, 'g');
  const rect = document.createElementNS(SVG, 'rect');
  for (const [name, value] of Object.entries({ width: '20', height: '20', fill: '#36c' }))
    rect.setAttribute(name, value);
  const polygon = document.createElementNS(SVG, 'polygon');
  polygon.setAttribute('points', '0,100 20,100 20,120');
  g.append(rect);
  svg.append(g, polygon);
  root.append(svg);
  return { g, polygon };
}

/** What a step changes, per mode (none for `idle` and `nothing`). */
const SCENES: Record<FloorMode, () => ((n: number) => void) | null> = {
  idle: () => null,
  nothing: () => null,
  text: () => textNode(''),
  'live-text': () => textNode(HIDDEN, { 'aria-live': 'polite' }),
  'contained-text': () => textNode('display:inline-block;width:6em;height:1.5em;contain:strict'),
  range: () => {
    const input = document.createElement('input');
    input.type = 'range';
    input.min = '1';
    input.max = '100';
    input.setAttribute('aria-label', 'Frame');
    root.append(input);
    return (n) => {
      input.value = String((n % 100) + 1);
    };
  },
  transform: () => {
    const box = document.createElement('div');
    box.style.cssText =
      'position:absolute;left:0;top:100px;width:40px;height:40px;background:#36c;will-change:transform';
    root.append(box);
    return (n) => {
      box.style.transform = `translateX(${n % 100}px)`;
    };
  },
  'svg-attribute': () => {
    const { g } = svgScene();
    return (n) => g.setAttribute('transform', `translate(${n % 100},0)`);
  },
  'svg-style': () => {
    const { g } = svgScene();
    return (n) => {
      g.style.transform = `translate(${n % 100}px,0)`;
    };
  },
  'svg-points': () => {
    const { polygon } = svgScene();
    return (n) => polygon.setAttribute('points', `0,100 ${20 + (n % 100)},100 20,120`);
  },
};

function setup(mode: FloorMode): void {
  root.replaceChildren();
  button = null;
  if (mode === 'idle') return;
  button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Next frame';
  root.append(button);
  const change = SCENES[mode]();
  let count = 0;
  if (change) {
    button.onclick = () => {
      count++;
      change(count);
    };
  }
}

async function steps(n: number, settle: FloorSettle = 'frames'): Promise<void> {
  for (let i = 0; i < n; i++) {
    button?.click();
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await nextFrame();
    if (settle === 'frames') await nextFrame();
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

(window as unknown as FloorWindow).floor = { setup, steps };
