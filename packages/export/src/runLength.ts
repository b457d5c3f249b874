import type { PixelRect, RgbaFrame } from '@conv-arithmetic/react/export';

/**
 * An opaque picture kept as runs of one colour per row: the static picture under an animation's
 * overlay is flat fills and grid lines, so its runs take a fraction of its RGBA bytes (7 MB
 * instead of 48 MB for a 64×64 input's picture).
 */
export interface RunLengthPicture {
  width: number;
  height: number;
  /** Row y's runs are rowStart[y] … rowStart[y + 1]). */
  rowStart: Uint32Array;
  /** Each run's end (exclusive x) and colour, an RGBA word read little-endian. */
  runEnd: Uint32Array;
  runWord: Uint32Array;
}

function wordsOf(data: Uint8Array | Uint8ClampedArray): Uint32Array {
  const bytes = data.byteOffset % 4 === 0 ? data : new Uint8Array(data);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
}

/**
 * The runs of a picture's rows.
 *
 * @example
 * const below = runLengthPicture(svgToRgba(belowSvg)) // then copyRect(below, rect, patch)
 */
export function runLengthPicture(picture: RgbaFrame): RunLengthPicture {
  const { width, height } = picture;
  const words = wordsOf(picture.data);
  const rowStart = new Uint32Array(height + 1);
  let count = 0;
  for (let y = 0; y < height; y++) {
    rowStart[y] = count;
    const row = y * width;
    count++;
    for (let x = 1; x < width; x++) if (words[row + x] !== words[row + x - 1]) count++;
  }
  rowStart[height] = count;
  const runEnd = new Uint32Array(count);
  const runWord = new Uint32Array(count);
  let run = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const word = words[row + x] as number;
      if (x > 0 && word === words[row + x - 1]) continue;
      if (x > 0) runEnd[run - 1] = x;
      runWord[run++] = word;
    }
    runEnd[run - 1] = width;
  }
  return { width, height, rowStart, runEnd, runWord };
}

/** The first run of row y that ends after x (binary search: rows hold hundreds of runs). */
function runAt(picture: RunLengthPicture, y: number, x: number): number {
  let low = picture.rowStart[y] as number;
  let high = (picture.rowStart[y + 1] as number) - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((picture.runEnd[middle] as number) <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The picture's pixels in `rect`, written into `target` (RGBA bytes, rect.width × rect.height).
 *
 * @example
 * copyRect(below, { left: 10, top: 20, width: 4, height: 3 }, new Uint8Array(4 * 3 * 4))
 */
export function copyRect(picture: RunLengthPicture, rect: PixelRect, target: Uint8Array): void {
  if (target.byteOffset % 4 !== 0) throw new Error('copyRect needs a 4-byte aligned target');
  const out = wordsOf(target);
  const right = rect.left + rect.width;
  for (let y = 0; y < rect.height; y++) {
    let run = runAt(picture, rect.top + y, rect.left);
    let x = rect.left;
    let at = y * rect.width;
    while (x < right) {
      const end = Math.min(picture.runEnd[run] as number, right);
      out.fill(picture.runWord[run] as number, at, at + end - x);
      at += end - x;
      x = end;
      run++;
    }
  }
}
