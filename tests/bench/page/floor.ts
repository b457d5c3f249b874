// The floor page: the bench's step loop (click a button, await two animation frames) on a page
// with nothing else on it, so tests/bench/floor.ts can measure what the loop itself costs.
import type { FloorMode, FloorWindow } from './floorApi';

const root = document.getElementById('root') as HTMLElement;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

let button: HTMLButtonElement | null = null;
let count = 0;

function setup(mode: FloorMode): void {
  root.replaceChildren();
  count = 0;
  if (mode === 'idle') return;
  button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Next frame';
  root.append(button);
  if (mode === 'nothing') return;
  if (mode === 'transform') {
    const box = document.createElement('div');
    box.style.cssText =
      'position:absolute;left:0;top:100px;width:40px;height:40px;background:#36c;will-change:transform';
    root.append(box);
    button.onclick = () => {
      count++;
      box.style.transform = `translateX(${count % 200}px)`;
    };
    return;
  }
  const text = document.createElement('span');
  if (mode === 'live-text') {
    // Visually hidden, as the figure's live region is.
    text.setAttribute('aria-live', 'polite');
    text.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';
  }
  text.textContent = 'Frame 0';
  root.append(text);
  const node = text.firstChild as Text;
  button.onclick = () => {
    count++;
    node.data = `Frame ${count % 10}`;
  };
}

async function steps(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    button?.click();
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await nextFrame();
    await nextFrame();
  }
}

(window as unknown as FloorWindow).floor = { setup, steps };
