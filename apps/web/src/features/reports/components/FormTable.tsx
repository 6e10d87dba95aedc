import { Anchor, Table } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { formatNumber } from '../../../lib/format';
import type { StatisticalForm } from '../api/reports.types';

type Props = { form: StatisticalForm; onCell: (row: string, column: string) => void };

/** The form as printed: groups over leaf headers, "Mã số" and unit columns, every figure a link. */
export function FormTable({ form, onCell }: Props) {
  const f = ui.reports.forms;
  const leaf = (label: string) => label.split(' — ').at(-1);
  const group = (c: StatisticalForm['columns'][number]) =>
    c.label.includes(' — ') ? c.label.split(' — ')[0] : c.groups.at(-1);
  // The first column of each run keys its group header.
  const spans: { key: string; label: string; span: number }[] = [];
  for (const c of form.columns) {
    const g = group(c) ?? '';
    const last = spans.at(-1);
    if (last && g && last.label === g) last.span += 1;
    else spans.push({ key: c.code, label: g, span: 1 });
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders striped fz="xs" data-testid="form-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} miw={260} />
            <Table.Th rowSpan={2}>{f.code}</Table.Th>
            <Table.Th rowSpan={2}>{f.unitOfCount}</Table.Th>
            {spans.map((s) => (
              <Table.Th key={s.key} colSpan={s.span} ta="center">
                {s.label}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {form.columns.map((c) => (
              <Table.Th key={c.code} ta="center">
                {group(c) ? leaf(c.label) : c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {form.rows.map((row) => (
            <Table.Tr
              key={row.code}
              fw={row.isHeading || row.depth === 0 ? 700 : undefined}
              data-testid={`form-row-${row.code}`}
            >
              <Table.Td pl={8 + row.depth * 14}>{row.label}</Table.Td>
              <Table.Td ta="center">{row.isHeading ? '' : row.code}</Table.Td>
              <Table.Td ta="center">{row.unit ?? ''}</Table.Td>
              {form.columns.map((c) => {
                const value = form.cells[row.code]?.[c.code];
                if (row.isHeading || value === undefined) return <Table.Td key={c.code} />;
                return (
                  <Table.Td key={c.code} ta="center" data-testid={`cell-${row.code}-${c.code}`}>
                    {value === 0 ? (
                      '0'
                    ) : (
                      <Anchor
                        component="button"
                        type="button"
                        fz="xs"
                        onClick={() => onCell(row.code, c.code)}
                      >
                        {formatNumber(value)}
                      </Anchor>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
