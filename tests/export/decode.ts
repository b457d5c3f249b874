// Test helpers: decode a GIF into composited RGBA frames, and find a cell's pixel in a frame.
import { decompressFrames, parseGIF } from 'gifuct-js';

export interface DecodedGif {
  width: number;
  height: number;
  frames: Uint8ClampedArray[];
  delays: number[];
  /** NETSCAPE2.0 loop count: 0 = forever; null when absent (plays once). */
  loopCount: number | null;
}

/** Composites every frame over the previous one, as a viewer shows them (disposal 1). */
export function decodeGif(bytes: Uint8Array): DecodedGif {
  const gif = parseGIF(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const frames = decompressFrames(gif, true);
  const width = gif.lsd.width;
  const height = gif.lsd.height;
  const canvas = new Uint8ClampedArray(width * height * 4);
  const composited: Uint8ClampedArray[] = [];
  for (const frame of frames) {
    const { top, left, width: w, height: h } = frame.dims;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const source = (y * w + x) * 4;
        if (frame.patch[source + 3] === 0) continue; // transparent: keep what was there
        const target = ((top + y) * width + (left + x)) * 4;
        canvas.set(frame.patch.subarray(source, source + 4), target);
      }
    }
    composited.push(canvas.slice());
  }
  return {
    width,
    height,
    frames: composited,
    delays: frames.map((f) => f.delay),
    loopCount: loopCountOf(bytes),
  };
}

/** Reads the NETSCAPE2.0 application extension: 21 FF 0B "NETSCAPE2.0" 03 01 lo hi 00. */
function loopCountOf(bytes: Uint8Array): number | null {
  const marker = new TextEncoder().encode('NETSCAPE2.0');
  outer: for (let i = 0; i < bytes.length - marker.length - 5; i++) {
    for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer;
    const at = i + marker.length;
    return (bytes[at + 2] as number) | ((bytes[at + 3] as number) << 8);
  }
  return null;
}

/** Centre of a cell polygon in an SVG document, in image pixels at `scale`. */
export function cellCentre(svg: string, selector: string, scale = 1): [number, number] {
  const viewBox = /viewBox="([-\d.]+) ([-\d.]+) /.exec(svg);
  const minX = Number(viewBox?.[1]);
  const minY = Number(viewBox?.[2]);
  const [plane, row, col] = selector.split(':');
  const pattern = new RegExp(
    `<polygon points="([^"]+)"[^>]*data-plane="${plane}"(?: data-kind="[a-z]+")? data-row="${row}" data-col="${col}"`,
  );
  const match = pattern.exec(svg);
  if (!match) throw new Error(`no ${selector} cell in the SVG`);
  const points = (match[1] as string)
    .split(' ')
    .map((p) => p.split(',').map(Number) as [number, number]);
  const x = points.reduce((sum, p) => sum + p[0], 0) / points.length;
  const y = points.reduce((sum, p) => sum + p[1], 0) / points.length;
  return [Math.round((x - minX) * scale), Math.round((y - minY) * scale)];
}

export function pixel(
  frame: Uint8ClampedArray | Uint8Array,
  width: number,
  [x, y]: [number, number],
): string {
  const i = (y * width + x) * 4;
  const hex = (n: number | undefined) => (n ?? 0).toString(16).padStart(2, '0').toUpperCase();
  return `#${hex(frame[i])}${hex(frame[i + 1])}${hex(frame[i + 2])}`;
}

/** `top` at `opacity` over `bottom`, as 8-bit sRGB compositing computes it. */
export function over(top: string, opacity: number, bottom: string): [number, number, number] {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return [0, 1, 2].map((i) => channel(top, i) * opacity + channel(bottom, i) * (1 - opacity)) as [
    number,
    number,
    number,
  ];
}

export function rgbOf(hex: string): [number, number, number] {
  return [0, 1, 2].map((i) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)) as [
    number,
    number,
    number,
  ];
}
