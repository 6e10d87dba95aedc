import { Anchor, Button, FileInput, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import {
  type EvidenceFile,
  evidenceFileUrl,
  type FileRecordType,
  useDeleteEvidenceFile,
  useEvidenceFiles,
  useUploadEvidenceFile,
} from '../api/record-files';

const e = ui.records.evidence;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,application/pdf,image/jpeg,image/png';

type Props = {
  record: { type: FileRecordType; id: string; label: string };
  opened: boolean;
  onClose: () => void;
};

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The server's message, plus the field messages of a validation error ("Tệp quá lớn…"). */
function UploadError({ error }: { error: unknown }) {
  return (
    <Stack gap={4}>
      <ErrorAlert error={error} testId="evidence-error" />
      {isApiError(error) &&
        error.details.map((d) => (
          <Text key={`${d.path}:${d.message}`} size="sm" c="red" data-testid="evidence-error-detail">
            {d.message}
          </Text>
        ))}
    </Stack>
  );
}

/** Evidence files (minh chứng) of an initiative or award: list with downloads, upload, delete. */
export function EvidenceFilesModal({ record, opened, onClose }: Props) {
  const files = useEvidenceFiles(record.type, record.id);
  const upload = useUploadEvidenceFile(record.type, record.id);
  const remove = useDeleteEvidenceFile(record.type, record.id);
  const [picked, setPicked] = useState<File | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const error = upload.error ?? remove.error ?? files.error;

  const send = () => {
    if (!picked) return;
    remove.reset();
    upload.mutate(picked, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: e.uploaded });
        setPicked(null);
      },
    });
  };
  const drop = (fileId: string) => {
    upload.reset();
    remove.mutate(fileId, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: e.deleted });
        setConfirming(null);
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t(e.title, { what: record.label })} size="lg" centered>
      <Stack>
        {error && <UploadError error={error} />}
        {files.isLoading && <Loader size="sm" />}
        {files.data?.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {e.empty}
          </Text>
        )}
        {files.data?.items.map((file) => (
          <FileRow
            key={file.id}
            file={file}
            href={evidenceFileUrl(record.type, record.id, file.id)}
            confirming={confirming === file.id}
            deleting={remove.isPending}
            onAskDelete={() => setConfirming(file.id)}
            onCancel={() => setConfirming(null)}
            onDelete={() => drop(file.id)}
          />
        ))}
        <Group align="flex-end">
          <FileInput
            style={{ flex: 1 }}
            label={e.pick}
            description={e.pickHint}
            accept={ACCEPT}
            value={picked}
            onChange={(f) => {
              upload.reset();
              setPicked(f);
            }}
            leftSection={<IconPaperclip size={16} />}
            clearable
            data-testid="evidence-file-input"
          />
          <Button onClick={send} disabled={!picked} loading={upload.isPending} data-testid="evidence-upload">
            {e.upload}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type RowProps = {
  file: EvidenceFile;
  href: string;
  confirming: boolean;
  deleting: boolean;
  onAskDelete: () => void;
  onCancel: () => void;
  onDelete: () => void;
};

function FileRow({ file, href, confirming, deleting, onAskDelete, onCancel, onDelete }: RowProps) {
  return (
    <Paper withBorder p="xs" data-testid="evidence-file">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0}>
          <Anchor href={href} download={file.name} title={e.download} size="sm">
            {file.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {sizeText(file.sizeBytes)} · {formatDateTime(file.uploadedAt)}
          </Text>
        </Stack>
        {confirming ? (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{e.confirmDelete}</Text>
            <Button size="xs" variant="default" onClick={onCancel}>
              {ui.app.cancel}
            </Button>
            <Button
              size="xs"
              color="red"
              loading={deleting}
              onClick={onDelete}
              data-testid="evidence-delete-confirm"
            >
              {ui.records.confirmDelete}
            </Button>
          </Group>
        ) : (
          <Button size="xs" variant="subtle" color="red" onClick={onAskDelete} data-testid="evidence-delete">
            {e.delete}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
