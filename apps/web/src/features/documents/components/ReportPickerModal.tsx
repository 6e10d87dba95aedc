import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import type { ReportOption } from '../api/report-subjects';

const d = ui.documents.reportForms;

type Props = {
  opened: boolean;
  onClose: () => void;
  title: string;
  label: string;
  empty: string;
  options: ReportOption[] | undefined;
  loading: boolean;
  /** The download address for the chosen option. */
  href: (value: string) => string;
  testId: string;
};

/** Picks what a report is about (a household, a movement…), then downloads it as a plain link. */
export function ReportPickerModal(props: Props) {
  const [value, setValue] = useState<string | null>(null);
  const options = props.options ?? [];
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack>
        {!props.loading && options.length === 0 ? (
          <Text c="dimmed">{props.empty}</Text>
        ) : (
          <Select
            label={props.label}
            data={options}
            value={value}
            onChange={setValue}
            searchable
            disabled={props.loading}
            data-testid={`${props.testId}-select`}
          />
        )}
        <Group justify="flex-end">
          <Button
            component="a"
            href={value ? props.href(value) : undefined}
            download
            disabled={!value}
            leftSection={<IconFileTypeDocx size={14} />}
            data-testid={`${props.testId}-download`}
            onClick={props.onClose}
          >
            {d.download}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
