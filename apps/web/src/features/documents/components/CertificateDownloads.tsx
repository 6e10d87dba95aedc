import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { saveBlob } from '../../../lib/save-blob';
import {
  type CertificateLayout,
  type CertificateProgress,
  fetchCertificates,
} from '../api/download-certificates';

const d = ui.documents;
const LAYOUTS: { layout: CertificateLayout; label: string }[] = [
  { layout: 'full', label: d.certificatesFull },
  { layout: 'blank-stock', label: d.certificatesBlank },
];

/**
 * The certificates of a decision, full design or for blank stock. Fetched rather than linked, so
 * a batch of hundreds shows how many pages have arrived instead of a silent wait.
 */
export function CertificateDownloads({ decisionId }: { decisionId: string }) {
  const [running, setRunning] = useState<CertificateLayout | null>(null);
  const [progress, setProgress] = useState<CertificateProgress | null>(null);
  const [isDone, setIsDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const download = async (layout: CertificateLayout) => {
    abort.current = new AbortController();
    setRunning(layout);
    setError(null);
    setProgress(null);
    setIsDone(false);
    try {
      const { blob, fileName } = await fetchCertificates(
        decisionId,
        layout,
        setProgress,
        abort.current.signal,
      );
      saveBlob(blob, fileName);
      setIsDone(true);
    } catch (e) {
      if (!abort.current.signal.aborted) setError(e);
      setProgress(null);
    } finally {
      setRunning(null);
    }
  };

  const percent = progress && progress.total > 0 ? (100 * progress.pages) / progress.total : 0;
  return (
    <Stack gap="xs">
      <Group>
        {LAYOUTS.map(({ layout, label }) => (
          <Button
            key={layout}
            variant="light"
            leftSection={<IconCertificate size={16} />}
            loading={running === layout}
            disabled={running !== null && running !== layout}
            onClick={() => download(layout)}
            data-testid={`download-certificates-${layout}`}
          >
            {label}
          </Button>
        ))}
      </Group>
      {progress && (
        <Stack
          gap={4}
          data-testid="certificates-progress"
          data-pages={progress.pages}
          data-total={progress.total}
          data-done={isDone}
        >
          <Text size="sm">
            {isDone
              ? t(d.progressDone, { total: progress.total })
              : t(d.progress, { pages: progress.pages, total: progress.total })}
          </Text>
          <Progress
            value={isDone ? 100 : percent}
            animated={running !== null}
            color={isDone ? 'green' : undefined}
            aria-label={t(d.progress, { pages: progress.pages, total: progress.total })}
          />
        </Stack>
      )}
      {error !== null && <ErrorAlert error={error} testId="certificates-error" />}
    </Stack>
  );
}
