import { Checkbox, Loader, Stack, Switch, Table, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { useMemberCandidates } from '../api/get-candidates';
import type { MemberChoice } from '../lib/council-form';

const c = ui.councils;
const roleLabel = (role: string) => (ui.roles as Record<string, string>)[role] ?? role;

type Props = {
  unitId: string | null;
  value: MemberChoice[];
  onChange: (members: MemberChoice[]) => void;
  error?: string | undefined;
};

/** The unit's possible council members, each with a "có mặt" switch once chosen. */
export function MemberPicker({ unitId, value, onChange, error }: Props) {
  const { data, error: loadError, isLoading } = useMemberCandidates(unitId);
  const chosen = new Map(value.map((m) => [m.userId, m]));
  const toggle = (userId: string, on: boolean) =>
    onChange(on ? [...value, { userId, isPresent: true }] : value.filter((m) => m.userId !== userId));
  const setPresent = (userId: string, isPresent: boolean) =>
    onChange(value.map((m) => (m.userId === userId ? { ...m, isPresent } : m)));
  return (
    <Stack gap={4} data-testid="council-member-picker">
      <Text fw={500} size="sm">
        {c.pickMembers} · {t(c.selected, { n: value.length })}
      </Text>
      <Text size="xs" c="dimmed">
        {c.pickMembersHint}
      </Text>
      {!unitId && <Text size="sm">{c.pickUnitFirst}</Text>}
      {isLoading && <Loader size="sm" />}
      {loadError && <ErrorAlert error={loadError} />}
      {data && data.length === 0 && <Text size="sm">{c.noMemberCandidates}</Text>}
      {data && data.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{c.choose}</Table.Th>
              <Table.Th>{c.members}</Table.Th>
              <Table.Th>{c.role}</Table.Th>
              <Table.Th>{c.workUnit}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((u) => {
              const member = chosen.get(u.id);
              return (
                <Table.Tr
                  key={u.id}
                  data-testid="member-candidate"
                  data-user-id={u.id}
                  data-name={u.fullName}
                >
                  <Table.Td>
                    <Checkbox
                      aria-label={u.fullName}
                      checked={member !== undefined}
                      onChange={(e) => toggle(u.id, e.currentTarget.checked)}
                      data-testid="member-pick"
                    />
                  </Table.Td>
                  <Table.Td>{u.fullName}</Table.Td>
                  <Table.Td>{u.roles.map(roleLabel).join(', ')}</Table.Td>
                  <Table.Td>{u.unitName}</Table.Td>
                  <Table.Td>
                    <Switch
                      label={c.present}
                      disabled={member === undefined}
                      checked={member?.isPresent ?? false}
                      onChange={(e) => setPresent(u.id, e.currentTarget.checked)}
                      data-testid="member-present"
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {error && (
        <Text size="xs" c="red" data-testid="council-members-error">
          {error}
        </Text>
      )}
    </Stack>
  );
}
