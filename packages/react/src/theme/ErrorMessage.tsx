import type { ConvArithmeticError } from '@conv-arithmetic/core';
import { rootClass, themeVariables } from './cssVariables';
import { FigureStyles } from './FigureStyles';
import type { ConvTheme } from './tokens';
import { safeTheme } from './validateTheme';

/**
 * Shown instead of a diagram when its props are invalid: the page around it keeps working. Its
 * colours come from `theme` only when every token is safe, else from the classic preset.
 *
 * @example
 * <ErrorMessage error={new ConvArithmeticError('fps', 0, 'fps must be …')} theme={classicTheme} />
 */
export function ErrorMessage({ error, theme }: { error: ConvArithmeticError; theme: ConvTheme }) {
  const safe = safeTheme(theme);
  return (
    <div
      role="alert"
      className={rootClass('ca-error', safe)}
      style={themeVariables(safe)}
      data-param={error.param}
    >
      <FigureStyles />
      Cannot draw this convolution: <code>{error.param}</code> — {error.message}
    </div>
  );
}
