import type { GalleryEntry } from '@conv-arithmetic/core/gallery';

const SECTIONS: [GalleryEntry['section'], string][] = [
  ['convolution', 'Convolution animations'],
  ['transposed', 'Transposed convolution animations'],
  ['dilated', 'Dilated convolution animations'],
  ['numerical', 'Numerical animations'],
];

/** What each section adds under its heading. */
const NOTES: Record<GalleryEntry['section'], string> = {
  convolution: '<p><em>N.B.: Blue maps are inputs, and cyan maps are outputs.</em></p>',
  transposed: '<p><em>N.B.: Blue maps are inputs, and cyan maps are outputs.</em></p>',
  dilated: '',
  numerical:
    "<p><em>The paper's chapter 1 figures, with their values: two convolutions (kernel 0 1 2 / 2 2 0 / 0 1 2) and two poolings of the same 5×5 input.</em></p>",
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Rows of four, as the seed README lays out its tables: images, then their captions. */
function table(entries: readonly GalleryEntry[]): string {
  const rows: string[] = [];
  for (let i = 0; i < entries.length; i += 4) {
    const group = entries.slice(i, i + 4);
    const pad = (cells: string[]) =>
      [...cells, ...Array(4 - cells.length).fill('    <td></td>')].join('\n');
    rows.push(
      `  <tr>\n${pad(group.map((g) => `    <td><img width="150px" src="${g.name}.gif" alt="${escapeHtml(g.caption)}"></td>`))}\n  </tr>`,
      `  <tr>\n${pad(group.map((g) => `    <td>${escapeHtml(g.caption)}</td>`))}\n  </tr>`,
    );
  }
  return `<table style="width:100%; table-layout:fixed;">\n${rows.join('\n')}\n</table>`;
}

/** The gallery's index.html, laid out like the seed README's tables, plus a Numerical section. */
export function galleryPage(entries: readonly GalleryEntry[]): string {
  const body = SECTIONS.map(([section, heading]) => {
    const note = NOTES[section] ? `\n${NOTES[section]}` : '';
    return `<h1>${heading}</h1>${note}\n${table(entries.filter((e) => e.section === section))}`;
  }).join('\n\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Convolution arithmetic</title>
<style>body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; } td { text-align: center; vertical-align: top; }</style>
</head>
<body>
${body}

<p>After V. Dumoulin and F. Visin, <a href="https://arxiv.org/abs/1603.07285">A guide to convolution arithmetic for deep learning</a> (MIT). Made with conv-arithmetic.</p>
</body>
</html>
`;
}
