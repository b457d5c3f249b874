/**
 * Playback as an explicit transition table: a state and the events it answers. Unknown events
 * are no-ops, so a stray TICK while paused can never move a frame.
 */
export type PlaybackStatus = 'playing' | 'paused' | 'ended';
export type PlaybackEvent = 'PLAY' | 'PAUSE' | 'TOGGLE' | 'END' | 'REWIND';

const transitions: Record<PlaybackStatus, Partial<Record<PlaybackEvent, PlaybackStatus>>> = {
  playing: { PAUSE: 'paused', TOGGLE: 'paused', END: 'ended' },
  paused: { PLAY: 'playing', TOGGLE: 'playing' },
  // From the end, play starts over (the hook rewinds the frame); a seek back makes it paused.
  ended: { PLAY: 'playing', TOGGLE: 'playing', REWIND: 'paused' },
};

/**
 * The next status, or the same one when the event means nothing here.
 *
 * @example
 * nextStatus('paused', 'TOGGLE') // 'playing'
 * nextStatus('paused', 'END') // 'paused'
 */
export function nextStatus(status: PlaybackStatus, event: PlaybackEvent): PlaybackStatus {
  return transitions[status][event] ?? status;
}
