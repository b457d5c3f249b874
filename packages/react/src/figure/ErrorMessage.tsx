import type { ConvArithmeticError } from '@conv-arithmetic/core';
import { styled } from 'styled-components';
import { themeVariables } from '../theme/cssVariables';
import type { ConvTheme } from '../theme/tokens';

const Box = styled.div`
  padding: 0.6em 0.8em;
  border: 2px solid var(--ca-error-border);
  border-radius: 0.4em;
  background: var(--ca-error-background);
  color: var(--ca-error-text);
  font-family: var(--ca-font);
  font-size: var(--ca-control-size);
  code {
    font-weight: 700;
  }
`;

/** Shown instead of a diagram when its props are invalid: the page around it keeps working. */
export function ErrorMessage({ error, theme }: { error: ConvArithmeticError; theme: ConvTheme }) {
  return (
    <Box role="alert" style={themeVariables(theme)} data-param={error.param}>
      Cannot draw this convolution: <code>{error.param}</code> — {error.message}
    </Box>
  );
}
