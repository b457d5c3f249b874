import { analysePlayground } from './analyse';
import type { FrameworkLine } from './frameworks';
import { cliCommand, jsxElement, jsxSnippet } from './snippets';
import type { PlaygroundState } from './state';

export type { FrameworkLine } from './frameworks';

/** A configuration as code a user can copy. */
export interface PlaygroundCode {
  /** The public component as a JSX element. */
  jsx: string;
  /** The element with its import. */
  jsxSnippet: string;
  /** The `conv-arithmetic` command that exports it as a GIF. */
  cli: string;
  /** The matching PyTorch module, or why there is none. */
  pytorch: FrameworkLine;
  /** The matching Keras layer, or why there is none. */
  keras: FrameworkLine;
}

/**
 * The JSX, CLI command, PyTorch and Keras lines of a configuration. Throws the components'
 * ConvArithmeticError when it is invalid.
 *
 * @example
 * playgroundCode({ ...DEFAULT_PLAYGROUND_STATE, kind: 'transposed', input: [3, 3], outputPadding: [1, 1] }).pytorch.code
 * // 'nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1)'
 */
export function playgroundCode(state: PlaygroundState): PlaygroundCode {
  const { pytorch, keras } = analysePlayground(state);
  return {
    jsx: jsxElement(state),
    jsxSnippet: jsxSnippet(state),
    cli: cliCommand(state),
    pytorch,
    keras,
  };
}
