'use client';
import type { ConvArithmeticError } from '@conv-arithmetic/core';
import { styled } from 'styled-components';
import { themeVariables } from '../theme/cssVariables';
import type { ConvTheme } from '../theme/tokens';
import { safeTheme } from '../theme/validateTheme';

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

/**
 * Shown instead of a diagram when its props are invalid: the page around it keeps working. Its
 * colours come from `theme` only when every token is safe, else from the classic preset.
 *
 * @example
 * <ErrorMessage error={new ConvArithmeticError('fps', 0, 'fps must be …')} theme={classicTheme} />
 */
export function ErrorMessage({ error, theme }: { error: ConvArithmeticError; theme: ConvTheme }) {
  return (
    <Box role="alert" style={themeVariables(safeTheme(theme))} data-param={error.param}>
      Cannot draw this convolution: <code>{error.param}</code> — {error.message}
    </Box>
  );
}
