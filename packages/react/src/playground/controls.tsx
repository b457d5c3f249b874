import { MatrixField, PaddingField, PairField } from './fields';
import type { PlaygroundParam } from './params';
import type { PlaygroundState } from './state';
import { FIELD } from './styles';

/** The control of one parameter of the table, by its kind of control. */
export function Control({
  param,
  state,
  set,
}: {
  param: PlaygroundParam;
  state: PlaygroundState;
  set: (patch: Partial<PlaygroundState>) => void;
}) {
  const { control, key, label } = param;
  if (control.type === 'padding') {
    return <PaddingField value={state.padding} onValue={(padding) => set({ padding })} />;
  }
  if (control.type === 'pair') {
    const value = state[key] as readonly [number, number];
    return (
      <PairField label={label} value={value} min={control.min} onValue={(v) => set({ [key]: v })} />
    );
  }
  if (control.type === 'matrix') {
    const value = state[key] as PlaygroundState['inputValues'];
    return <MatrixField label={label} value={value} onValue={(v) => set({ [key]: v })} />;
  }
  if (control.type === 'checkbox') {
    return (
      <label data-field="" style={FIELD}>
        <input
          type="checkbox"
          checked={state[key] as boolean}
          onChange={(event) => set({ [key]: event.currentTarget.checked })}
        />
        {label}
      </label>
    );
  }
  return (
    <label data-field="" style={FIELD}>
      {label}
      <select
        value={param.format(state[key] as never)}
        onChange={(event) => set({ [key]: param.parse(event.currentTarget.value) })}
      >
        {(control.available?.(state) ?? control.options).map((option) => (
          <option key={option} value={option}>
            {control.labels?.[option] ?? option}
          </option>
        ))}
      </select>
    </label>
  );
}
