import { Alert, Button, Card, FileInput, Group, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { t, ui } from '../../../i18n/ui';
import { useCommitImport } from '../api/commit-import';
import { IMPORT_KINDS, type ImportJob, type ImportKind } from '../api/imports.types';
import { templateUrl } from '../api/template-url';
import { useUploadImport } from '../api/upload-import';
import { ImportReportTable } from './ImportReportTable';
import { MatchChoices } from './MatchChoices';

function Summary({ job }: { job: ImportJob }) {
  const { counts } = job.report;
  const created = Object.values(counts.create).reduce((a, b) => a + b, 0);
  return (
    <Text size="sm" data-testid="import-summary">
      {t(ui.imports.summary, {
        rows: counts.rows,
        errors: counts.errorRows,
        pending: counts.pending,
        created,
        unchanged: counts.unchanged,
      })}
    </Text>
  );
}

export function ImportPage() {
  const [kind, setKind] = useState<ImportKind>('ratings');
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [isConfirming, setConfirming] = useState(false);
  const upload = useUploadImport();
  const commit = useCommitImport();
  const job = commit.data ?? upload.data;
  const isBusy = upload.isPending || commit.isPending;
  const matches = job?.report.matches ?? [];
  const canCommit =
    job?.status === 'DRY_RUN' && job.report.counts.errorRows === 0 && matches.every((m) => choices[m.key]);

  const start = () => {
    if (!file) return;
    commit.reset();
    setChoices({});
    upload.mutate({ kind, file });
  };
  const confirmCommit = () => {
    if (!job) return;
    setConfirming(false);
    commit.mutate({
      id: job.id,
      confirmations: Object.entries(choices).map(([key, choice]) => ({ key, choice })),
    });
  };

  return (
    <Stack>
      <PageHeader title={ui.imports.title} subtitle={ui.imports.subtitle} />
      <Card withBorder>
        <Stack>
          <Group align="flex-end">
            <Select
              label={ui.imports.kind}
              data={IMPORT_KINDS.map((k) => ({ value: k, label: ui.imports.kinds[k] }))}
              value={kind}
              onChange={(v) => v && setKind(v as ImportKind)}
              allowDeselect={false}
              data-testid="import-kind"
            />
            <Button
              component="a"
              href={templateUrl(kind)}
              variant="light"
              leftSection={<IconDownload size={16} />}
              data-testid="import-template"
            >
              {ui.imports.downloadTemplate}
            </Button>
          </Group>
          <Group align="flex-end">
            <FileInput
              label={ui.imports.file}
              placeholder={ui.imports.filePlaceholder}
              accept=".xlsx,.csv"
              value={file}
              onChange={setFile}
              w={360}
              data-testid="import-file"
            />
            <Button
              onClick={start}
              disabled={!file || isBusy}
              leftSection={<IconUpload size={16} />}
              data-testid="import-dry-run"
            >
              {ui.imports.dryRun}
            </Button>
          </Group>
          {isBusy && (
            <Progress
              value={100}
              animated
              striped
              data-testid="import-progress"
              aria-label={ui.imports.working}
            />
          )}
        </Stack>
      </Card>
      {upload.error && <ErrorAlert error={upload.error} />}
      {commit.error && <ErrorAlert error={commit.error} testId="import-commit-error" />}
      {job && (
        <Card withBorder data-testid="import-report">
          <Stack>
            <Summary job={job} />
            {job.status === 'COMMITTED' ? (
              <Alert color="green" data-testid="import-committed">
                {ui.imports.committed}
              </Alert>
            ) : (
              <>
                <ImportReportTable problems={job.report.problems} />
                <MatchChoices
                  matches={matches}
                  choices={choices}
                  onChoose={(key, choice) => setChoices((c) => ({ ...c, [key]: choice }))}
                />
                <Group>
                  <Button
                    onClick={() => setConfirming(true)}
                    disabled={!canCommit || isBusy}
                    data-testid="import-commit"
                  >
                    {ui.imports.commit}
                  </Button>
                  {job.report.counts.errorRows > 0 && (
                    <Text c="red" size="sm">
                      {ui.imports.fixFirst}
                    </Text>
                  )}
                </Group>
              </>
            )}
          </Stack>
        </Card>
      )}
      <Modal opened={isConfirming} onClose={() => setConfirming(false)} title={ui.imports.confirmTitle}>
        <Stack>
          <Text size="sm">{ui.imports.confirmText}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {ui.app.cancel}
            </Button>
            <Button onClick={confirmCommit} data-testid="import-commit-confirm">
              {ui.imports.commit}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
