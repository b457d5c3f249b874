import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * State that a parent may control (`prop` + `onChange`) or leave to us (`defaultProp`), like a
 * React input. Also returns a getter of the latest value, set but perhaps not yet rendered.
 * Warns in development when a caller switches between the two.
 *
 * @example
 * const [frame, setFrame] = useControllableState({ prop: props.frame, defaultProp: 0, name: 'frame' })
 */
export function useControllableState<T>(options: {
  prop: T | undefined;
  defaultProp: T;
  onChange?: ((value: T) => void) | undefined;
  name: string;
}): [T, (next: T | ((previous: T) => T)) => void, () => T] {
  const { prop, defaultProp, onChange, name } = options;
  const [own, setOwn] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : own;

  useControlSwitchWarning(controlled, name);

  // Read the latest value and callback through refs so the setter stays stable.
  const latest = useRef({ value, controlled, onChange });
  latest.current = { value, controlled, onChange };

  const setValue = useCallback((next: T | ((previous: T) => T)) => {
    const current = latest.current;
    const resolved =
      typeof next === 'function' ? (next as (previous: T) => T)(current.value) : next;
    if (Object.is(resolved, current.value)) return;
    if (!current.controlled) setOwn(resolved);
    // Keep the ref current so two calls in one event compose.
    latest.current = { ...current, value: resolved };
    current.onChange?.(resolved);
  }, []);

  // The latest value, including changes not yet rendered (several in one batch compose).
  const getValue = useCallback(() => latest.current.value, []);

  return [value, setValue, getValue];
}

/** In development, warns when `name` switches between controlled and uncontrolled. */
export function useControlSwitchWarning(controlled: boolean, name: string): void {
  const wasControlled = useRef(controlled);
  useEffect(() => {
    // Spelled out so bundlers replace it and production builds drop the warning and its text.
    if (process.env.NODE_ENV !== 'production' && wasControlled.current !== controlled) {
      console.warn(
        `conv-arithmetic: ${name} changed from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${controlled ? 'controlled' : 'uncontrolled'}. Decide on one for the component's lifetime.`,
      );
    }
    wasControlled.current = controlled;
  }, [controlled, name]);
}
