import type { Matrix, Padding, Pair } from '@conv-arithmetic/core';
import { useId, useState } from 'react';
import { FIELD, FIELDSET, NUMBER } from './styles';
import { formatMatrix, parseMatrix } from './text';

/**
 * A labelled whole-number input. What is being typed stays as typed; the value changes only
 * when the text is a whole number (a negative one included, so the core can name it).
 */
export function NumberField({
  label,
  value,
  min,
  onValue,
}: {
  label: string;
  value: number;
  min: number;
  onValue: (value: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <span data-field="" style={FIELD}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        style={NUMBER}
        inputMode="numeric"
        min={min}
        step={1}
        value={draft ?? String(value)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          if (/^-?[0-9]{1,6}$/.test(text)) onValue(Number(text));
        }}
        onBlur={() => setDraft(null)}
      />
    </span>
  );
}

/** A `[rows, cols]` size: one number for both axes, or two once "rows ≠ cols" is ticked. */
export function PairField({
  label,
  value,
  min,
  onValue,
}: {
  label: string;
  value: Pair;
  min: number;
  onValue: (value: Pair) => void;
}) {
  const [rows, cols] = value;
  const [wantSplit, setWantSplit] = useState(false);
  const split = wantSplit || rows !== cols;
  return (
    <fieldset data-param-field={label} style={FIELDSET}>
      <legend>{label}</legend>
      {split ? (
        <>
          <NumberField
            label={`${label} rows`}
            value={rows}
            min={min}
            onValue={(r) => onValue([r, cols])}
          />
          <NumberField
            label={`${label} cols`}
            value={cols}
            min={min}
            onValue={(c) => onValue([rows, c])}
          />
        </>
      ) : (
        <NumberField label={label} value={rows} min={min} onValue={(v) => onValue([v, v])} />
      )}
      <label data-split="" style={FIELD}>
        <input
          type="checkbox"
          checked={split}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setWantSplit(on);
            if (!on) onValue([rows, rows]);
          }}
        />
        {label}: rows and cols differ
      </label>
    </fieldset>
  );
}

const PADDING_FORMS = ['number', 'pair', 'sides', 'valid', 'same', 'full', 'causal'] as const;
type PaddingForm = (typeof PADDING_FORMS)[number];

const FORM_LABELS: Record<PaddingForm, string> = {
  number: 'a number (all sides)',
  pair: 'rows and cols',
  sides: 'each side',
  valid: "'valid' (none)",
  same: "'same' (half)",
  full: "'full'",
  causal: "'causal' (before only)",
};

function formOf(padding: Padding): PaddingForm {
  if (typeof padding === 'string') return padding;
  if (typeof padding === 'number') return 'number';
  return 'top' in padding ? 'sides' : 'pair';
}

/** The four sides of any numeric padding, to carry numbers over when the form changes. */
function sidesOf(padding: Padding) {
  if (typeof padding === 'string') return { top: 0, right: 0, bottom: 0, left: 0 };
  if (typeof padding === 'number') {
    return { top: padding, right: padding, bottom: padding, left: padding };
  }
  if ('top' in padding) return padding;
  return { top: padding[0], right: padding[1], bottom: padding[0], left: padding[1] };
}

function convert(padding: Padding, form: PaddingForm): Padding {
  const sides = sidesOf(padding);
  if (form === 'number') return sides.top;
  if (form === 'pair') return [sides.top, sides.left];
  if (form === 'sides') return sides;
  return form;
}

/** Padding in every form the components take: a number, a pair, each side, or a mode. */
export function PaddingField({
  value,
  onValue,
}: {
  value: Padding;
  onValue: (value: Padding) => void;
}) {
  const id = useId();
  const form = formOf(value);
  const sides = sidesOf(value);
  return (
    <fieldset data-param-field="Padding" style={FIELDSET}>
      <legend>Padding</legend>
      <span data-field="" style={FIELD}>
        <label htmlFor={id}>Padding form</label>
        <select
          id={id}
          value={form}
          onChange={(event) => onValue(convert(value, event.currentTarget.value as PaddingForm))}
        >
          {PADDING_FORMS.map((f) => (
            <option key={f} value={f}>
              {FORM_LABELS[f]}
            </option>
          ))}
        </select>
      </span>
      {form === 'number' && (
        <NumberField label="Padding" value={sides.top} min={0} onValue={(v) => onValue(v)} />
      )}
      {form === 'pair' && (
        <>
          <NumberField
            label="Padding rows"
            value={sides.top}
            min={0}
            onValue={(v) => onValue([v, sides.left])}
          />
          <NumberField
            label="Padding cols"
            value={sides.left}
            min={0}
            onValue={(v) => onValue([sides.top, v])}
          />
        </>
      )}
      {form === 'sides' &&
        (['top', 'right', 'bottom', 'left'] as const).map((side) => (
          <NumberField
            key={side}
            label={`Padding ${side}`}
            value={sides[side]}
            min={0}
            onValue={(v) => onValue({ ...sides, [side]: v })}
          />
        ))}
    </fieldset>
  );
}

/**
 * Numbers of a matrix, typed as rows: `0 1 2; 2 2 0` or one row a line. Empty means the library's
 * own numbers. Text that is not numbers yet stays as typed and changes nothing.
 */
export function MatrixField({
  label,
  value,
  onValue,
}: {
  label: string;
  value: Matrix | null;
  onValue: (value: Matrix | null) => void;
}) {
  const id = useId();
  const hint = `${id}-hint`;
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <span data-field="" style={FIELD}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        cols={16}
        aria-describedby={hint}
        placeholder="defaults"
        value={draft ?? formatMatrix(value).replaceAll(';', '\n').replaceAll(',', ' ')}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const matrix = parseMatrix(text);
          if (matrix !== undefined) onValue(matrix);
        }}
        onBlur={() => setDraft(null)}
      />
      <span id={hint} hidden>
        One row a line, numbers separated by spaces; empty for the default numbers.
      </span>
    </span>
  );
}
