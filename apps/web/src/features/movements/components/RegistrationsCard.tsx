import {
  Alert,
  Anchor,
  Button,
  Card,
  FileButton,
  Group,
  MultiSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { t, ui } from '../../../i18n/ui';
import { useAwardCatalogue, useAwardName } from '../../../lib/award-names';
import { useCan } from '../../../lib/session/use-can';
import type { MovementDetail } from '../api/movements.types';
import { registrationsExportUrl, useCreateRegistration, useImportRegistrations } from '../api/registrations';

const r = ui.emulation.registrations;

export function RegistrationsCard({ movement }: { movement: MovementDetail }) {
  const can = useCan();
  // Pledges take what the workflow can propose in the movement's year: the law's titles and forms and the
  // province's own in force (the server refuses anything else with AWARD_NOT_IN_CATALOGUE).
  const awardOptions = useAwardCatalogue(movement.year)
    .filter((a) => a.proposable && a.inForce)
    .map((a) => ({ value: a.code, label: a.name }));
  const awardName = useAwardName(movement.year);
  const create = useCreateRegistration();
  const importer = useImportRegistrations();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [targets, setTargets] = useState<string[]>([]);
  const [importErrors, setImportErrors] = useState<{ row: number; message: string }[]>([]);
  const register = () =>
    unitId &&
    create.mutate(
      { year: movement.year, movementId: movement.id, unitId, targetAwards: targets },
      { onSuccess: () => setTargets([]) },
    );
  const upload = async (file: File | null) => {
    if (!file) return;
    const result = await importer.mutateAsync({
      year: movement.year,
      movementId: movement.id,
      file,
    });
    setImportErrors(result.errors);
    if (!result.errors.length)
      notifications.show({ color: 'green', message: t(r.imported, { count: result.created }) });
  };
  return (
    <Card withBorder data-testid="movement-registrations">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{ui.emulation.movements.registrations}</Title>
        <Group gap="xs">
          <Anchor href={registrationsExportUrl(movement.id)} size="sm">
            {r.export}
          </Anchor>
          {can('movement:register') && (
            <FileButton onChange={upload} accept=".xlsx">
              {(props) => (
                <Button size="xs" variant="light" loading={importer.isPending} {...props}>
                  {r.import}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
      </Group>
      <Alert color="blue" mb="sm">
        {r.optionalNote}
      </Alert>
      {(create.error || importer.error) && <ErrorAlert error={create.error ?? importer.error} />}
      {importErrors.length > 0 && (
        <Alert color="red" mb="sm">
          {r.importErrors} {importErrors.map((e) => `#${e.row}: ${e.message}`).join('; ')}
        </Alert>
      )}
      {can('movement:register') && (
        <Group align="flex-end" mb="sm">
          <UnitSelect label={r.unit} value={unitId} onChange={setUnitId} w={280} />
          <MultiSelect
            label={r.targets}
            data={awardOptions}
            value={targets}
            onChange={setTargets}
            searchable
            w={320}
          />
          <Button onClick={register} disabled={!unitId || !targets.length} loading={create.isPending}>
            {r.register}
          </Button>
        </Group>
      )}
      {movement.registrations.length === 0 ? (
        <Text c="dimmed">{r.empty}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{r.unit}</Table.Th>
              <Table.Th>{r.person}</Table.Th>
              <Table.Th>{r.targets}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {movement.registrations.map((reg) => (
              <Table.Tr key={reg.id} data-testid="movement-registration-row">
                <Table.Td>{reg.unitName}</Table.Td>
                <Table.Td>{reg.personName ?? ui.app.none}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {reg.targetAwards.map((c) => (
                      <Text key={c} size="sm">
                        {awardName(c)}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
