import { DateInput, type DateInputProps } from '@mantine/dates';
import { type FocusEvent, useState } from 'react';
import { uiInputs } from '../i18n/ui-inputs';
import { isIsoDate, parseVietnameseDate, REFUSED_DATE, readVietnameseDate } from '../lib/dates';

export type VnDateInputProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'fixOnBlur' | 'minDate' | 'maxDate'
> & {
  /** 'YYYY-MM-DD', or null / '' when empty. */
  value?: string | null;
  /**
   * Gets 'YYYY-MM-DD', null when emptied, or REFUSED_DATE when the typed text is refused (the field
   * says why; the server refuses it too, so a refused date is never saved as "no date").
   */
  onChange?: (value: string | null) => void;
  minDate?: string;
  maxDate?: string;
};

/**
 * Every date field of the app: shows and reads dd/mm/yyyy whatever the browser's locale (a native
 * <input type="date"> follows the browser's), with the calendar to pick from. A date that cannot
 * be read, or falls outside [minDate, maxDate], is refused with a message instead of being
 * silently dropped (Mantine keeps the previous date); the message repeats what was typed. bare-inputs.test.ts keeps forms on it.
 */
export function VnDateInput({
  value,
  onChange,
  minDate,
  maxDate,
  error,
  onBlur,
  placeholder,
  ...rest
}: VnDateInputProps) {
  const [ownError, setOwnError] = useState<string | null>(null);

  const blur = (event: FocusEvent<HTMLInputElement>) => {
    const read = readVietnameseDate(event.currentTarget.value, { minDate, maxDate });
    setOwnError(read.error);
    if (read.error !== null && value !== REFUSED_DATE) onChange?.(REFUSED_DATE);
    onBlur?.(event);
  };

  return (
    <DateInput
      {...rest}
      value={value && isIsoDate(value) ? value : null}
      onChange={(next) => {
        setOwnError(null);
        onChange?.(next ? String(next).slice(0, 10) : null);
      }}
      valueFormat="DD/MM/YYYY"
      dateParser={parseVietnameseDate}
      minDate={minDate}
      maxDate={maxDate}
      placeholder={placeholder ?? uiInputs.date.placeholder}
      onBlur={blur}
      error={ownError ?? error}
      data-vn-date=""
    />
  );
}
