import type { HTMLAttributes } from 'react';

/** Text for assistive technology only (the `ca-sr` rule of the figure stylesheet). */
export const VisuallyHidden = (props: HTMLAttributes<HTMLSpanElement>) => (
  <span {...props} className="ca-sr" />
);
