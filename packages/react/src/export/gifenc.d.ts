// The part of gifenc (CommonJS, untyped) this package uses.
declare module 'gifenc' {
  export type Palette = number[][];
  export interface FrameOptions {
    palette?: Palette | undefined;
    delay?: number;
    repeat?: number;
    transparent?: boolean;
    transparentIndex?: number;
    dispose?: number;
  }
  export interface Encoder {
    writeFrame(index: Uint8Array, width: number, height: number, options?: FrameOptions): void;
    finish(): void;
    bytes(): Uint8Array;
    /** What is written so far, without a copy. */
    bytesView(): Uint8Array;
    /** The output buffer: bytes() copies what is written so far, reset() empties it. */
    readonly stream: { bytes(): Uint8Array; reset(): void };
  }
  export function GIFEncoder(): Encoder;
  export function quantize(
    rgba: Uint8Array,
    maxColors: number,
    options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' },
  ): Palette;
  export function applyPalette(rgba: Uint8Array, palette: Palette, format?: string): Uint8Array;
}
