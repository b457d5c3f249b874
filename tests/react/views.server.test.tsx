// @vitest-environment node
// Server rendering of the views: the components' scatter and matrix views render their figure
// (the picture loads on the client), the explainer and ViewSvg render whole, with no alert.
import {
  ConvAnimation,
  classicTheme,
  createFigureModel,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { TransposedConvExplainer } from '@conv-arithmetic/react/explainer';
import { ViewSvg } from '@conv-arithmetic/react/export';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const FIG_4_7 = { input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 } as const;

describe('server rendering of the views', () => {
  it('a view of a component renders its figure and controls; the picture loads on the client', () => {
    const html = renderToString(
      <>
        <TransposedConvAnimation {...FIG_4_7} view="scatter" />
        <ConvAnimation input={4} kernel={3} view="matrix" />
      </>,
    );
    expect(typeof document).toBe('undefined');
    expect(html.match(/<figure/g)).toHaveLength(2);
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('data-part="loading"');
  });

  it('the explainer renders all three views on the server', () => {
    const html = renderToString(<TransposedConvExplainer {...FIG_4_7} />);
    expect(html).toContain('data-view="scatter"');
    expect(html).toContain('data-view="matrix"');
    expect(html).toContain('data-layer="input"'); // the equivalent picture's drawn grid
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('Frame 1 of 36: output cell (1, 1).');
  });

  it('ViewSvg draws a view synchronously, as the exporters need', () => {
    const model = createFigureModel('transposed', { ...FIG_4_7, view: 'matrix' });
    const html = renderToString(<ViewSvg model={model} frame={3} theme={classicTheme} title="M" />);
    expect(html).toContain('data-index="3"');
    expect(html.match(/data-part="entry"/g)?.length).toBeGreaterThan(0);
  });
});
