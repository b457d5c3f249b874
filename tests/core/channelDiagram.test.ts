// The multi-channel diagram's structure: frames per (output channel, row, col), taps per input
// channel of the group, weight indices into PyTorch's weight tensors, and their errors.
import {
  convDiagram,
  MAX_FRAME_TAPS,
  poolDiagram,
  transposedConvDiagram,
} from '@conv-arithmetic/core';
import { describe, expect, it } from 'vitest';
import { expectRejects } from './rejects';

describe('multi-channel diagrams', () => {
  it("the paper's Fig 1.3: 2 input maps, 3 output maps, a 3×2×3×3 kernel collection", () => {
    const d = convDiagram({ input: 5, kernel: 3, inChannels: 2, outChannels: 3 });
    expect([d.inChannels, d.outChannels, d.groups, d.paddingMode]).toEqual([2, 3, 1, 'zeros']);
    expect(d.frameCount).toBe(27);
    const f = d.frame(13); // output channel 1, cell (1, 1)
    expect([f.outChannel, f.output]).toEqual([1, [1, 1]]);
    expect(f.taps).toHaveLength(18);
    expect(f.taps.map((t) => t.inChannel)).toEqual([...Array(9).fill(0), ...Array(9).fill(1)]);
    expect(f.taps[10]).toEqual({
      kernel: [0, 1],
      drawn: [1, 2],
      inChannel: 1,
      weight: [1, 1, 0, 1],
    });
    expect(f.taps[1]?.drawn).toEqual(f.taps[10]?.drawn);
    expect(d.window(13)).toEqual(d.window(4));
    expect(d.frameAt(1, 1, 1)).toBe(13);
    expect(d.frameAt(1, 1)).toBe(4);
    // Input cell (0, 0) is read by output cell (0, 0) of every output channel.
    expect(d.framesReading(0, 0)).toEqual([0, 9, 18]);
  });

  it('groups: each output channel taps only its group’s input channels; depthwise taps one', () => {
    const d = convDiagram({ input: 4, kernel: 2, inChannels: 4, outChannels: 6, groups: 2 });
    // Output channels 0–2 read input channels 0–1; 3–5 read 2–3.
    const plane = 9;
    for (let o = 0; o < 6; o++) {
      const f = d.frame(o * plane);
      expect(f.outChannel).toBe(o);
      expect([...new Set(f.taps.map((t) => t.inChannel))]).toEqual(o < 3 ? [0, 1] : [2, 3]);
      expect([...new Set(f.taps.map((t) => t.weight[1]))]).toEqual([0, 1]);
      expect(f.taps.every((t) => t.weight[0] === o)).toBe(true);
    }
    expect(d.framesReading(0, 0, 3)).toEqual([27, 36, 45]);
    expect(d.framesReading(0, 0, 0)).toEqual([0, 9, 18]);

    const depthwise = convDiagram({
      input: 3,
      kernel: 3,
      padding: 1,
      inChannels: 3,
      outChannels: 3,
      groups: 3,
    });
    const f = depthwise.frame(2 * 9 + 4);
    expect(f.taps).toHaveLength(9);
    expect(f.taps.every((t) => t.inChannel === 2 && t.weight[0] === 2 && t.weight[1] === 0)).toBe(
      true,
    );
  });

  it('one channel keeps today’s frames: outChannel 0, inChannel 0, weight [0, 0, a, b]', () => {
    const d = convDiagram({ input: 5, kernel: 3, padding: 1, stride: 2 });
    expect([d.inChannels, d.outChannels, d.groups]).toEqual([1, 1, 1]);
    expect(d.frameCount).toBe(9);
    expect(d.frame(1)).toEqual({
      index: 1,
      outChannel: 0,
      output: [0, 1],
      taps: Array.from({ length: 9 }, (_, t) => {
        const [a, b] = [Math.floor(t / 3), t % 3];
        return { kernel: [a, b], drawn: [a, 2 + b], inChannel: 0, weight: [0, 0, a, b] };
      }),
    });
    const pool = poolDiagram({ input: 4, kernel: 2, mode: 'max' });
    expect([pool.inChannels, pool.outChannels, pool.groups, pool.paddingMode]).toEqual([
      1,
      1,
      1,
      'zeros',
    ]);
  });

  it("a transposed diagram's weight indexes ConvTranspose2d's C_in × C_out/groups × k × k", () => {
    const d = transposedConvDiagram({
      input: 2,
      kernel: 2,
      inChannels: 2,
      outChannels: 4,
      groups: 2,
    });
    expect(d.frameCount).toBe(4 * 9);
    const f = d.frame(3 * 9); // output channel 3: group 1, second output channel of the group
    expect(f.taps.map((t) => [t.inChannel, t.weight])).toEqual([
      [1, [1, 1, 1, 1]],
      [1, [1, 1, 1, 0]],
      [1, [1, 1, 0, 1]],
      [1, [1, 1, 0, 0]],
    ]);
  });

  it('rejects channels groups do not divide, naming groups; bad counts name themselves', () => {
    expectRejects(
      () => convDiagram({ input: 3, kernel: 3, inChannels: 4, outChannels: 6, groups: 4 }),
      'groups',
      4,
      /a divisor of inChannels \(4\) and outChannels \(6\)/,
    );
    expectRejects(() => convDiagram({ input: 3, kernel: 3, groups: 2 }), 'groups', 2, /divisor/);
    for (const name of ['inChannels', 'outChannels', 'groups'] as const) {
      for (const bad of [0, 1.5, '2', null, Number.NaN]) {
        expectRejects(
          () => convDiagram({ input: 3, kernel: 3, [name]: bad as never }),
          name,
          bad,
          /integer|at least 1/,
        );
      }
    }
  });

  it('caps the taps of a frame (kernel × input channels of a group) and the frames, up front', () => {
    expect(convDiagram({ input: 16, kernel: 16, inChannels: 256 }).frame(0).taps).toHaveLength(
      MAX_FRAME_TAPS,
    );
    expectRejects(
      () => convDiagram({ input: 16, kernel: 16, inChannels: 257 }),
      'inChannels',
      257,
      /65792 kernel taps per frame, over the limit of 65536/,
    );
    // Groups split the channels: 512 input channels in 2 groups tap 256 each.
    expect(() =>
      convDiagram({ input: 16, kernel: 16, inChannels: 512, outChannels: 2, groups: 2 }),
    ).not.toThrow();
    expectRejects(
      () => convDiagram({ input: 2 ** 26, kernel: 1, outChannels: 2 ** 20 }),
      'outChannels',
      2 ** 20,
      /frames/,
    );
  });
});
