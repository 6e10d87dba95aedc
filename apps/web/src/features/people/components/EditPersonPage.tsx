import { Center, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { t, ui } from '../../../i18n/ui';
import { useCan } from '../../../lib/session/use-can';
import { usePerson } from '../api/get-person';
import type { Person, PersonInput } from '../api/people.types';
import { type UpdatePersonInput, useUpdatePerson } from '../api/update-person';
import { personToValues, usePersonForm, valuesToInput } from '../hooks/use-person-form';
import { usePersonSaveHandlers } from '../hooks/use-submit-person';
import { PersonForm } from './PersonForm';

const SENSITIVE: (keyof PersonInput)[] = ['citizenId', 'birthDate', 'ethnicity'];

/** Sends only what changed; an empty masked field keeps the stored value. */
function changedFields(person: Person, next: PersonInput): UpdatePersonInput {
  const before = valuesToInput(personToValues(person));
  const patch: Record<string, unknown> = { version: person.version };
  for (const key of Object.keys(next) as (keyof PersonInput)[]) {
    if (!person.isRevealed && SENSITIVE.includes(key) && next[key] === null) continue;
    if (next[key] !== before[key]) patch[key] = next[key];
  }
  return patch as UpdatePersonInput;
}

function EditPersonForm({ person }: { person: Person }) {
  const form = usePersonForm(personToValues(person));
  const updateMutation = useUpdatePerson(person.id);
  const handlers = usePersonSaveHandlers(form, ui.people.form.updated);
  return (
    <PersonForm
      form={form}
      submitLabel={ui.people.form.submitEdit}
      isSubmitting={updateMutation.isPending}
      error={updateMutation.error}
      isSensitiveMasked={!person.isRevealed}
      onSubmit={(values) => updateMutation.mutate(changedFields(person, valuesToInput(values)), handlers)}
    />
  );
}

export function EditPersonPage({ personId }: { personId: string }) {
  const can = useCan();
  const { data, error, isLoading } = usePerson(personId, can('person:readSensitive'));
  return (
    <Stack gap="xs">
      <RouterAnchor to="/ca-nhan/$personId" params={{ personId }} size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {ui.app.cancel}
      </RouterAnchor>
      {isLoading && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {error && <ErrorAlert error={error} />}
      {data && (
        <>
          <PageHeader title={t(ui.people.form.editTitle, { name: data.person.fullName })} />
          <EditPersonForm key={data.person.version} person={data.person} />
        </>
      )}
    </Stack>
  );
}
