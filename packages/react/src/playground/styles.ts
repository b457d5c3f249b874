import type { CSSProperties } from 'react';

// Inline styles only: a <style> text can differ between a server bundle and a client bundle
// (bundlers minify CSS differently), which breaks hydration; and a docs site's own rules
// (Storybook's `pre` and `code` among them) cannot override inline ones.

export const ROOT: CSSProperties = {
  fontFamily: 'system-ui, sans-serif',
  color: '#002b36',
  display: 'grid',
  gap: '1em',
};
export const FORM: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.5em 0.75em',
  alignItems: 'center',
};
export const FIELDSET: CSSProperties = {
  display: 'inline-flex',
  flexWrap: 'wrap',
  gap: '0.4em 0.8em',
  alignItems: 'center',
  margin: 0,
  border: '1px solid #586e75',
  borderRadius: '0.4em',
};
export const FIELD: CSSProperties = { display: 'inline-flex', gap: '0.4em', alignItems: 'center' };
export const NUMBER: CSSProperties = { width: '4.5em' };
export const RESULT: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '1em 2em',
  alignItems: 'flex-start',
};
export const DIAGRAM: CSSProperties = { flex: '0 1 auto' };
export const PANEL: CSSProperties = { flex: '1 1 22em', minWidth: 0 };
export const OUTPUT: CSSProperties = {
  display: 'block',
  marginTop: '0.3em',
  fontSize: '1.25em',
  fontWeight: 600,
};
export const HEADING: CSSProperties = { fontSize: '1.1em', margin: '0.8em 0 0.3em' };
export const BUTTON: CSSProperties = { font: 'inherit', padding: '0.2em 0.6em' };
export const PRE: CSSProperties = {
  margin: '0.3em 0',
  padding: '0.5em',
  background: '#fdf6e3',
  color: '#002b36',
  fontSize: '0.85em',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
};
export const CODE: CSSProperties = {
  whiteSpace: 'inherit',
  background: 'none',
  border: 0,
  padding: 0,
  fontSize: 'inherit',
};
