// A course page as a server renders it: an auto-themed still, a playing figure with numbers and
// downloads. The SSR test renders it to HTML in Node and hydrates it with this file's bundle.
import { ConvAnimation, TransposedConvAnimation } from '@conv-arithmetic/react';
import { hydrateRoot } from 'react-dom/client';

export function CoursePage() {
  return (
    <main>
      <h1>Padding and strides</h1>
      <p>The kernel slides over the padded input, two cells at a time.</p>
      <div id="auto">
        <ConvAnimation
          input={5}
          kernel={3}
          padding={1}
          stride={2}
          theme="auto"
          autoPlay={false}
          download={['svg']}
          caption="Padding 1, stride 2"
        />
      </div>
      <p>Transposed, with the numbers:</p>
      <TransposedConvAnimation input={2} kernel={3} stride={2} showValues download={['svg']} />
      <p>The end of the page.</p>
    </main>
  );
}

declare global {
  interface Window {
    hydrated?: boolean;
  }
}

if (typeof document !== 'undefined') {
  hydrateRoot(document.getElementById('root') as HTMLElement, <CoursePage />);
  requestAnimationFrame(() => {
    window.hydrated = true;
  });
}
