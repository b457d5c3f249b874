import { convDiagram } from '@conv-arithmetic/core';
import { classicTheme, DiagramSvg, describeFrame, usePlayback } from '@conv-arithmetic/react';
import { useMemo } from 'react';

/** A player built from the headless hook and the SVG piece, with its own buttons and layout. */
export function CustomPlayer({
  input = 6,
  kernel = 3,
  stride = 1,
}: {
  input?: number;
  kernel?: number;
  stride?: number;
}) {
  const diagram = useMemo(() => convDiagram({ input, kernel, stride }), [input, kernel, stride]);
  const playback = usePlayback({ frameCount: diagram.frameCount, fps: 2, defaultPlaying: false });
  const words = describeFrame(diagram, diagram.frame(playback.frame));
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'auto 16em', gap: 16, alignItems: 'center' }}
    >
      <DiagramSvg
        diagram={diagram}
        frame={playback.frame}
        theme={classicTheme}
        layout="flat"
        title="Custom player"
        description={words}
      />
      <div>
        <p style={{ fontSize: 32, margin: 0, fontVariantNumeric: 'tabular-nums' }}>
          {playback.frame + 1}/{playback.frameCount}
        </p>
        <div style={{ display: 'flex', gap: 8, margin: '8px 0' }}>
          <button type="button" onClick={() => playback.step(-1)}>
            ◀ back
          </button>
          <button type="button" onClick={playback.toggle}>
            {playback.playing ? 'pause' : 'play'}
          </button>
          <button type="button" onClick={() => playback.step(1)}>
            next ▶
          </button>
        </div>
        <p aria-live="polite" style={{ fontSize: 13 }}>
          {words}
        </p>
      </div>
    </div>
  );
}
