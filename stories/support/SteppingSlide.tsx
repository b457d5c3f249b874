import { ConvAnimation, slideTheme } from '@conv-arithmetic/react';
import { useState } from 'react';

const STEPS = 9; // a 5×5 input and a 3×3 kernel: one step per output cell

/**
 * A slide whose "fragments" step the figure: the deck's own next/previous buttons (here plain
 * buttons, in reveal.js its fragment events, in Slidev its clicks) drive the controlled `frame`.
 */
export function SteppingSlide() {
  const [frame, setFrame] = useState(0);
  const step = (delta: number) => setFrame((f) => Math.min(STEPS - 1, Math.max(0, f + delta)));
  return (
    <section
      aria-label="Stepping slide"
      style={{
        aspectRatio: '16 / 9',
        width: 'min(100%, 960px)',
        boxSizing: 'border-box',
        padding: '2% 4%',
        border: '1px solid #93A1A1',
        display: 'grid',
        gridTemplateRows: 'auto minmax(0, 1fr) auto',
        fontFamily: slideTheme.font.family,
      }}
    >
      <h2 style={{ margin: 0, color: '#002B36' }}>One output cell per step</h2>
      <div style={{ display: 'flex', minHeight: 0 }}>
        <ConvAnimation
          input={5}
          kernel={3}
          showValues
          theme={slideTheme}
          fit="contain"
          controls={false}
          frame={frame}
          onFrameChange={setFrame}
        />
      </div>
      <nav aria-label="Fragments" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <button type="button" onClick={() => step(-1)} disabled={frame === 0}>
          Previous step
        </button>
        <button type="button" onClick={() => step(1)} disabled={frame === STEPS - 1}>
          Next step
        </button>
        <span aria-live="polite">
          Step {frame + 1} of {STEPS}
        </span>
      </nav>
    </section>
  );
}
