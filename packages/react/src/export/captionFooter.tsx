import { Caption } from '../svg/Caption';
import { layoutCaption } from '../svg/captionLayout';
import type { FooterOf } from '../svg/pictureLayout';
import type { ConvTheme } from '../theme/tokens';

/**
 * The caption as the picture's footer, wrapped to its width; none for no caption. Exporters
 * only, so pages that never export do not load it.
 */
export const captionFooter = (
  caption: string | undefined,
  theme: ConvTheme,
): FooterOf | undefined =>
  caption
    ? (width) => {
        const layout = layoutCaption(caption, theme, width);
        return {
          height: layout.height,
          draw: (origin) => <Caption caption={layout} origin={origin} theme={theme} />,
        };
      }
    : undefined;
