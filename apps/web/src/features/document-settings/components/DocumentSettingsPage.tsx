import { Center, Loader, Stack } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ui } from '../../../i18n/ui';
import { useDocumentSettings } from '../api/get-document-settings';
import { DocumentSettingsForm } from './DocumentSettingsForm';

/** Thiết lập văn bản: what every decision and certificate of the tenant prints besides the data. */
export function DocumentSettingsPage() {
  const { data, error, isLoading } = useDocumentSettings();
  return (
    <Stack gap="xs">
      <PageHeader title={ui.documentSettings.title} subtitle={ui.documentSettings.subtitle} />
      {isLoading && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {error && <ErrorAlert error={error} />}
      {data && <DocumentSettingsForm settings={data} />}
    </Stack>
  );
}
