import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every number field goes through VnNumberInput and every date field through VnDateInput, so that
// all of them take "18,5" and dd/mm/yyyy and refuse instead of capping. This test finds the
// forms that build one another way: a bare Mantine number/date input, or a native one.

const SRC = join(import.meta.dirname, '..');
const SHARED = new Set(['components/VnNumberInput.tsx', 'components/VnDateInput.tsx']);
const BARE_COMPONENTS = [
  'NumberInput',
  'DateInput',
  'DatePickerInput',
  'DateTimePicker',
  'MonthPickerInput',
  'YearPickerInput',
];
const BARE_TYPES = ['number', 'date', 'datetime-local', 'month', 'week'];

/** The bare inputs a source file uses, one description per hit (empty when it is clean). */
export function bareInputs(source: string): string[] {
  const hits: string[] = [];
  for (const name of BARE_COMPONENTS) {
    const imported = new RegExp(
      `import\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b(?!\\s*as\\b)[^}]*\\}\\s*from\\s*['"]@mantine/(?:core|dates)['"]`,
    );
    if (imported.test(source) && !new RegExp(`import\\s*type\\s*\\{[^}]*\\b${name}\\b`).test(source)) {
      hits.push(`imports ${name}`);
    }
    if (new RegExp(`<${name}[\\s/>]`).test(source)) hits.push(`renders <${name}>`);
  }
  for (const type of BARE_TYPES) {
    if (new RegExp(`type=(?:"${type}"|'${type}'|\\{\\s*['"\`]${type}['"\`]\\s*\\})`).test(source)) {
      hits.push(`native type="${type}"`);
    }
  }
  return hits;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('number and date fields go through the shared inputs', () => {
  it('finds a bare Mantine or native number/date input', () => {
    expect(bareInputs("import { NumberInput, TextInput } from '@mantine/core';")).toEqual([
      'imports NumberInput',
    ]);
    expect(bareInputs("import { DateInput } from '@mantine/dates';\n<DateInput label='x' />")).toEqual([
      'imports DateInput',
      'renders <DateInput>',
    ]);
    expect(bareInputs('<DatePickerInput\n  label="x" />')).toEqual(['renders <DatePickerInput>']);
    expect(bareInputs('<TextInput type="date" />')).toEqual(['native type="date"']);
    expect(bareInputs("<input type={'number'} />")).toEqual(['native type="number"']);
    expect(bareInputs('<VnNumberInput label="Năm" />\n<VnDateInput label="Ngày" />')).toEqual([]);
    expect(bareInputs('import { TextInput } from \'@mantine/core\';\n<TextInput type="email" />')).toEqual(
      [],
    );
  });

  it('no .tsx file under apps/web/src uses one outside VnNumberInput and VnDateInput', () => {
    const files = tsxFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .map((file) => ({
        file: relative(SRC, file).replaceAll('\\', '/'),
        hits: bareInputs(readFileSync(file, 'utf8')),
      }))
      .filter(({ file, hits }) => !SHARED.has(file) && hits.length > 0)
      .map(({ file, hits }) => `${file}: ${hits.join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('the shared inputs exist and are the ones that wrap the bare ones', () => {
    const numberSource = readFileSync(join(SRC, 'components/VnNumberInput.tsx'), 'utf8');
    const dateSource = readFileSync(join(SRC, 'components/VnDateInput.tsx'), 'utf8');
    expect(numberSource).toContain('export function VnNumberInput');
    expect(dateSource).toContain('export function VnDateInput');
    expect(bareInputs(dateSource)).toContain('renders <DateInput>');
  });
});
