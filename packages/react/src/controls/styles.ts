import { styled } from 'styled-components';
import type { ConvTheme } from '../theme/tokens';

type Themed = { $theme: ConvTheme };

export const Bar = styled.div<Themed>`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.4em;
  margin-top: 0.5em;
  font-family: ${(p) => p.$theme.font.family};
  font-size: ${(p) => p.$theme.font.controlSize}px;
  color: ${(p) => p.$theme.colors.controlText};
`;

const focusRing = (p: Themed) => `
  &:focus-visible {
    outline: 3px solid ${p.$theme.colors.focus};
    outline-offset: 2px;
  }
`;

export const Button = styled.button<Themed>`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 2.2em;
  min-height: 2.2em;
  padding: 0 0.5em;
  border: 1px solid ${(p) => p.$theme.colors.controlBorder};
  border-radius: 0.35em;
  background: ${(p) => p.$theme.colors.controlBackground};
  color: ${(p) => p.$theme.colors.controlText};
  font: inherit;
  cursor: pointer;
  &:hover {
    filter: brightness(0.95);
  }
  ${focusRing}
`;

export const Scrubber = styled.input<Themed>`
  flex: 1 1 8em;
  min-width: 6em;
  accent-color: ${(p) => p.$theme.colors.output};
  ${focusRing}
`;

export const Select = styled.select<Themed>`
  font: inherit;
  padding: 0.15em 0.3em;
  border: 1px solid ${(p) => p.$theme.colors.controlBorder};
  border-radius: 0.35em;
  background: ${(p) => p.$theme.colors.controlBackground};
  color: ${(p) => p.$theme.colors.controlText};
  ${focusRing}
`;

export const Counter = styled.span`
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
`;

export const VisuallyHidden = styled.span`
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;
