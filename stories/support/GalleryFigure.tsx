import { type GalleryEntry, paperGallery } from '@conv-arithmetic/core/gallery';
import {
  type AnimationOptions,
  ConvAnimation,
  DilatedConvAnimation,
  PoolingAnimation,
  playgroundCode,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { galleryState } from './galleryState';
import { PlaygroundLink } from './PlaygroundLink';

/** The gallery entry with this GIF name. */
export function galleryEntry(name: string): GalleryEntry {
  const entry = paperGallery.find((g) => g.name === name);
  if (!entry) throw new Error(`no gallery entry named ${name}`);
  return entry;
}

/** One animation of the paper's gallery, drawn by the component that fits it. */
export function GalleryFigure({ name, ...options }: { name: string } & AnimationOptions) {
  const entry = galleryEntry(name);
  const props = { title: entry.caption, caption: entry.caption, ...options };
  if (entry.kind === 'pool') return <PoolingAnimation {...entry.spec} {...props} />;
  if (entry.section === 'numerical') return <ConvAnimation {...entry.spec} showValues {...props} />;
  if (entry.kind === 'transposed') return <TransposedConvAnimation {...entry.spec} {...props} />;
  if (entry.section === 'dilated') return <DilatedConvAnimation {...entry.spec} {...props} />;
  return <ConvAnimation {...entry.spec} {...props} />;
}

/** A section of the gallery, laid out like the seed README's 4-column tables. */
export function GallerySection({
  section,
  cellSize = 15,
}: {
  section: GalleryEntry['section'];
  cellSize?: number;
}) {
  const entries = paperGallery.filter((g) => g.section === section);
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))',
        gap: 16,
      }}
      data-gallery-section={section}
    >
      {entries.map((entry) => (
        <div key={entry.name} data-gallery-case={entry.name}>
          <GalleryFigure name={entry.name} cellSize={cellSize} />
          <p style={{ margin: '4px 0', fontSize: 13 }}>
            <code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {playgroundCode(galleryState(entry)).pytorch.code}
            </code>
          </p>
          <PlaygroundLink state={galleryState(entry)}>
            Open “{entry.caption}” in the playground
          </PlaygroundLink>
        </div>
      ))}
    </div>
  );
}
