import type { CommandName } from './args';

const SPEC = `Convolution or pooling (every size: N, or ROWSxCOLS):
  --kind conv|transposed|dilated|pool   which animation (default conv; dilated: dilation 2)
  --input N            input size (required; for transposed, the transposed input)
  --kernel N           kernel size (required)
  --stride N           stride (default 1)
  --padding P          valid | same | full | causal | N | ROWSxCOLS | TOP,RIGHT,BOTTOM,LEFT
                       (transposed: the padding of the direct convolution, as in PyTorch;
                       causal: dilation·(kernel−1) before, none after)
  --padding-mode M     zeros | reflect | replicate | circular: what padding cells hold
                       (PyTorch's padding_mode; not transposed; default zeros)
  --in-channels N      input channels (default 1)
  --out-channels N     output channels (default 1)
  --groups N           groups, dividing both channel counts (default 1; = in: depthwise)
  --dilation N         dilation (default 1)
  --output-padding N   transposed only: the paper's odd-case a
  --mode max|average   pool only (required): PyTorch's MaxPool2d / AvgPool2d; the stride
                       defaults to the kernel, padding is N or ROWSxCOLS, at most kernel/2
  --ceil-mode          pool only: PyTorch's ceil_mode
Look:
  --theme T[,T…]       layers merged left to right, each classic | dark | high-contrast |
                       slide or a FILE.json of theme tokens (default classic);
                       e.g. --theme dark,slide,brand.json
  --layout L           perspective | flat | 1d (a one-row input as a strip) (default:
                       perspective, flat with --values, 1d for a one-row input)
  --view V             equivalent (the paper's picture, default) | scatter (transposed only:
                       input cells stamp the kernel onto the output) | matrix (y = C·x)
  --values             print numbers in cells (the paper's numerical figures)
  --no-values          no numbers (a pooling prints them by default)
  --reveal R           all | progressive: output cells filled only once computed (default all)
  --labels             "input"/"output" labels and the legend (the default)
  --no-labels          no labels and legend
  --cell-size PX       one cell in pixels (4 to 1000)
  --caption TEXT       a caption under the picture (at most 500 characters)`;

export const HELP: Record<CommandName | 'main', string> = {
  main: `conv-arithmetic: convolution-arithmetic animations as GIF, SVG and PNG

Usage:
  conv-arithmetic gif     --input 5 --kernel 3 [options] -o out.gif
  conv-arithmetic svg     --input 5 --kernel 3 [--frame N] -o out.svg
  conv-arithmetic png     --input 5 --kernel 3 [--frame N] -o out.png
  conv-arithmetic gallery [--out DIR]      the generator's 19 animations + index.html

  conv-arithmetic <command> --help         options of a command
  conv-arithmetic --version

Numbers are plain decimals (5, 0.5): no sign, exponent or 0x/0b prefix. Images are at most
16,384 px on a side and 67,108,864 px in all (check --cell-size and --scale); a GIF frame lasts
10 to 655,350 ms.

Exit codes: 0 done, 1 failed while writing, 2 bad command line or parameters.
`,
  gif: `conv-arithmetic gif: every frame as one animated GIF

Usage: conv-arithmetic gif --input N --kernel N [options] -o FILE.gif

${SPEC}
Animation:
  --frame-duration MS  milliseconds per frame, 10 to 655350 (default 1000, the paper's)
  --no-loop            play once (default: loop forever)
  --scale S            pixels per drawing pixel (default 1)
  -o, --out FILE       where to write (required)

Example: conv-arithmetic gif --input 5 --kernel 3 --padding 1 --stride 2 --theme dark -o out.gif
         conv-arithmetic gif --kind pool --mode max --input 5 --kernel 3 --stride 1 -o max.gif
`,
  svg: `conv-arithmetic svg: one frame as a standalone SVG

Usage: conv-arithmetic svg --input N --kernel N [--frame N] [options] -o FILE.svg

${SPEC}
  --frame N            which frame, 0-based (default 0): --frame 3 is the counter's "frame 4 / M"
  -o, --out FILE       where to write (required)

Example: conv-arithmetic svg --input 5 --kernel 3 --frame 3 -o frame3.svg
`,
  png: `conv-arithmetic png: one frame as a PNG

Usage: conv-arithmetic png --input N --kernel N [--frame N] [options] -o FILE.png

${SPEC}
  --frame N            which frame, 0-based (default 0): --frame 3 is the counter's "frame 4 / M"
  --scale S            pixels per drawing pixel (default 1; 2 for slides)
  -o, --out FILE       where to write (required)

Example: conv-arithmetic png --input 5 --kernel 3 --frame 3 --scale 2 -o frame3.png
  (frame index 3 of 9: the one the components' counter shows as "frame 4 / 9")
`,
  gallery: `conv-arithmetic gallery: the seed generator's 19 animations under its file names

Usage: conv-arithmetic gallery [--out DIR] [options]

  -o, --out DIR        directory to write (default gallery)
  --theme T[,T…]       presets and FILE.json token layers, as for gif (default classic)
  --labels             add "input"/"output" labels and the legend (the seed has none)
  --frame-duration MS  milliseconds per frame (default 1000)
  --no-loop            play once
  --scale S            pixels per drawing pixel (default 1)

Writes no_padding_no_strides.gif … dilation.gif, the four numerical_*.gif of the paper's
chapter 1 (with their values) and an index.html laid out like the seed README. Progress goes to stderr when it is a terminal.
`,
};
