import { TextInput, type TextInputProps } from '@mantine/core';
import { type FocusEvent, useEffect, useRef, useState } from 'react';
import { formatVnNumber, readVnNumber, type VnNumberRules, type VnNumberValue } from '../lib/vn-number';

export type VnNumberInputProps = Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'type'> &
  VnNumberRules & {
    /** A number, '' (or null) when empty. Strings are read as machine numbers ('2025', '18.5'). */
    value?: number | string | null;
    /** Gets a number, '' when empty, or NaN when the text is refused (the field then says why). */
    onChange?: (value: VnNumberValue) => void;
    /** Shown after the number, e.g. '%'. */
    suffix?: string;
  };

function normalise(value: VnNumberInputProps['value']): VnNumberValue {
  if (value === null || value === undefined || value === '') return '';
  return typeof value === 'number' ? value : Number(value);
}

const same = (a: VnNumberValue, b: VnNumberValue) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * Every number field of the app: takes the Vietnamese decimal comma ("18,5", "1.234,5"), and
 * refuses a value outside [min, max] with a message instead of capping it (Mantine's NumberInput
 * clamps on blur). A unit test (bare-inputs.test.ts) fails when a form builds a number field
 * another way.
 */
export function VnNumberInput({
  value,
  onChange,
  min,
  max,
  decimals = 0,
  thousands = false,
  suffix,
  error,
  onBlur,
  rightSection,
  ...rest
}: VnNumberInputProps) {
  const rules = { min, max, decimals, thousands };
  const show = (v: VnNumberValue) =>
    v === '' || Number.isNaN(v) ? '' : formatVnNumber(v, { thousands, decimals });
  const [text, setText] = useState(() => show(normalise(value)));
  const [touched, setTouched] = useState(false);
  const read = readVnNumber(text, rules);
  const lastValue = useRef<VnNumberValue>(normalise(value));

  // A value set from outside (form reset, loaded record) replaces the text. The echo of what was
  // typed does not, and neither does a parent that ignores a value (the text stays with its message).
  useEffect(() => {
    const next = normalise(value);
    if (same(next, lastValue.current)) return;
    lastValue.current = next;
    if (!Number.isNaN(next) && !same(next, read.value)) setText(show(next));
  });

  const ownError = touched || error ? read.error : null;

  const change = (nextText: string) => {
    setText(nextText);
    const next = readVnNumber(nextText, rules).value;
    if (!same(next, read.value)) onChange?.(next);
  };

  const blur = (event: FocusEvent<HTMLInputElement>) => {
    setTouched(true);
    if (read.error === null && read.value !== '') setText(show(read.value));
    onBlur?.(event);
  };

  return (
    <TextInput
      {...rest}
      inputMode={min !== undefined && min >= 0 ? (decimals > 0 ? 'decimal' : 'numeric') : 'text'}
      autoComplete="off"
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={blur}
      error={ownError ?? error}
      rightSection={rightSection ?? (suffix ? <span aria-hidden>{suffix}</span> : undefined)}
      data-vn-number=""
    />
  );
}
