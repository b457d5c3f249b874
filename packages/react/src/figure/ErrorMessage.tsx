import type { ConvArithmeticError } from '@conv-arithmetic/core';
import { styled } from 'styled-components';
import type { ConvTheme } from '../theme/tokens';

const Box = styled.div<{ $theme: ConvTheme }>`
  padding: 0.6em 0.8em;
  border: 2px solid ${(p) => p.$theme.colors.errorBorder};
  border-radius: 0.4em;
  background: ${(p) => p.$theme.colors.errorBackground};
  color: ${(p) => p.$theme.colors.errorText};
  font-family: ${(p) => p.$theme.font.family};
  font-size: ${(p) => p.$theme.font.controlSize}px;
  code {
    font-weight: 700;
  }
`;

/** Shown instead of a diagram when its props are invalid: the page around it keeps working. */
export function ErrorMessage({ error, theme }: { error: ConvArithmeticError; theme: ConvTheme }) {
  return (
    <Box role="alert" $theme={theme} data-param={error.param}>
      Cannot draw this convolution: <code>{error.param}</code> — {error.message}
    </Box>
  );
}
