import { styled } from 'styled-components';

// Static CSS over the custom properties of themeVariables(): no per-render interpolation.

const focusRing = `
  &:focus-visible {
    outline: 3px solid var(--ca-focus);
    outline-offset: 2px;
  }
`;

export const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.4em;
  margin-top: 0.5em;
  font-family: var(--ca-font);
  font-size: var(--ca-control-size);
  color: var(--ca-control-text);
`;

export const Button = styled.button`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 2.2em;
  min-height: 2.2em;
  padding: 0 0.5em;
  border: 1px solid var(--ca-control-border);
  border-radius: 0.35em;
  background: var(--ca-control-background);
  color: var(--ca-control-text);
  font: inherit;
  cursor: pointer;
  &:hover {
    filter: brightness(0.95);
  }
  &:disabled {
    cursor: progress;
  }
  ${focusRing}
`;

export const Scrubber = styled.input`
  flex: 1 1 8em;
  min-width: 6em;
  accent-color: var(--ca-accent);
  ${focusRing}
`;

export const Select = styled.select`
  font: inherit;
  padding: 0.15em 0.3em;
  border: 1px solid var(--ca-control-border);
  border-radius: 0.35em;
  background: var(--ca-control-background);
  color: var(--ca-control-text);
  ${focusRing}
`;

export const Counter = styled.span`
  display: inline-grid;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
  & > span,
  &::before {
    grid-area: 1 / 1;
  }
  &::before {
    content: attr(data-widest);
    visibility: hidden;
  }
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
