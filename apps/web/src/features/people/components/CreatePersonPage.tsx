import { Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import { useMe } from '../../../lib/session/get-me';
import { useCreatePerson } from '../api/create-person';
import { emptyPersonValues, usePersonForm, valuesToInput } from '../hooks/use-person-form';
import { usePersonSaveHandlers } from '../hooks/use-submit-person';
import { PersonForm } from './PersonForm';

export function CreatePersonPage({ unitId }: { unitId?: string }) {
  const { data: me } = useMe();
  const form = usePersonForm(emptyPersonValues(unitId ?? me?.user.unitId ?? null));
  const createMutation = useCreatePerson();
  const handlers = usePersonSaveHandlers(form, ui.people.form.created);

  return (
    <Stack gap="xs">
      <RouterAnchor to="/ca-nhan" size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {ui.people.detail.back}
      </RouterAnchor>
      <PageHeader title={ui.people.form.createTitle} />
      <PersonForm
        form={form}
        submitLabel={ui.people.form.submitCreate}
        isSubmitting={createMutation.isPending}
        error={createMutation.error}
        onSubmit={(values) => createMutation.mutate(valuesToInput(values), handlers)}
      />
    </Stack>
  );
}
