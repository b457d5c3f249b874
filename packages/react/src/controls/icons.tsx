// Control glyphs: decorative (the buttons carry the labels), coloured by the button's text colour.
const Icon = ({ d }: { d: string }) => (
  <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
    <path d={d} fill="currentColor" />
  </svg>
);

export const PlayIcon = () => <Icon d="M4 2.5v11l9-5.5z" />;
export const PauseIcon = () => <Icon d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" />;
export const StepBackIcon = () => <Icon d="M3 2.5h2v11H3zM13 2.5v11L6 8z" />;
export const StepForwardIcon = () => <Icon d="M11 2.5h2v11h-2zM3 2.5v11L10 8z" />;
export const RestartIcon = () => (
  <Icon d="M8 2.5a5.5 5.5 0 1 1-5.2 7.3l1.9-.6A3.5 3.5 0 1 0 8 4.5H6.5L9 7 6.5 9.5 3 6l3.5-3.5z" />
);
