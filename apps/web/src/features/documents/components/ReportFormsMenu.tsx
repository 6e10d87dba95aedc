import { Button, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import { useReportHouseholds, useReportMovements } from '../api/report-subjects';
import { ReportPickerModal } from './ReportPickerModal';

const d = ui.documents.reportForms;

type Props = { subject: { id: string; kind: 'PERSON' | 'COLLECTIVE' } };
type Picker = 'household' | 'movement';

/**
 * ND 152's other achievement-report forms for this subject, next to the công trạng report. A form
 * about something else (a household under the unit) asks which one first.
 * Rendered only where the subject's timeline allows generateDocuments (its allowedActions).
 */
export function ReportFormsMenu({ subject }: Props) {
  const [picker, setPicker] = useState<Picker | null>(null);
  const households = useReportHouseholds(subject.id, picker === 'household');
  const movements = useReportMovements(picker === 'movement');
  const close = () => setPicker(null);
  const base = subject.kind === 'PERSON' ? `/api/people/${subject.id}` : `/api/org-units/${subject.id}`;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            rightSection={<IconChevronDown size={14} />}
            data-testid="report-forms"
          >
            {d.menu}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            component="a"
            href={`${base}/documents/bao-cao-dot-xuat.docx`}
            download
            data-testid="report-form-dot-xuat"
          >
            {d.dotXuat}
          </Menu.Item>
          <Menu.Item onClick={() => setPicker('movement')} data-testid="report-form-chuyen-de">
            {d.chuyenDe}
          </Menu.Item>
          {subject.kind === 'PERSON' && (
            <Menu.Item
              component="a"
              href={`${base}/documents/bao-cao-cong-hien.docx`}
              download
              data-testid="report-form-cong-hien"
            >
              {d.congHien}
            </Menu.Item>
          )}
          {subject.kind === 'PERSON' && (
            <Menu.Item
              component="a"
              href={`${base}/documents/bao-cao-cstd-toan-quoc.docx`}
              download
              data-testid="report-form-cstdtq"
            >
              {d.cstdtq}
            </Menu.Item>
          )}
          {subject.kind === 'COLLECTIVE' && (
            <Menu.Item onClick={() => setPicker('household')} data-testid="report-form-household">
              {d.household}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ReportPickerModal
        opened={picker === 'movement'}
        onClose={close}
        title={d.chuyenDe}
        label={d.movementPick}
        empty={d.movementNone}
        options={movements.data}
        loading={movements.isLoading}
        href={(id) => `${base}/documents/bao-cao-chuyen-de.docx?movementId=${id}`}
        testId="chuyen-de-report"
      />
      {subject.kind === 'COLLECTIVE' && (
        <ReportPickerModal
          opened={picker === 'household'}
          onClose={close}
          title={d.household}
          label={d.householdPick}
          empty={d.householdNone}
          options={households.data}
          loading={households.isLoading}
          href={(id) => `/api/households/${id}/documents/bao-cao-thanh-tich.docx`}
          testId="household-report"
        />
      )}
    </>
  );
}
