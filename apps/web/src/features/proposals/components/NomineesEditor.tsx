import {
  ActionIcon,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { engineSubjectType } from '@vinhdanh/domain/records/subject-type';
import { CATALOGUE } from '@vinhdanh/domain/rules/catalogue';
import { AWARD_CODES } from '@vinhdanh/domain/rules/types';
import { useState } from 'react';
import { t, ui } from '../../../i18n/ui';
import type { NomineeRow, NomineeType } from '../../../lib/nomination-draft';
import { useUnitOptions } from '../../../lib/unit-options';
import {
  type NomineeOption,
  useNomineeHouseholds,
  useNomineePeople,
  useNomineeTeams,
} from '../api/nominee-options';

const n = ui.nominees;
const TYPE_LABEL: Record<NomineeType, string> = {
  PERSON: n.typePerson,
  COLLECTIVE: n.typeCollective,
  HOUSEHOLD: n.typeHousehold,
};

/** Awards the catalogue gives to this kind of subject, by name (never a code). */
const awardsFor = (type: NomineeType) =>
  AWARD_CODES.filter((c) => CATALOGUE[c].subjectTypes.includes(engineSubjectType(type))).map((c) => ({
    value: c,
    label: CATALOGUE[c].name,
  }));

export const awardLabel = (code: string) => CATALOGUE[code as keyof typeof CATALOGUE]?.name ?? code;

/** The subjects the submitting unit may nominate, of one kind; people are searched on the server. */
function useOptions(type: NomineeType, unitId: string | null, search: string): NomineeOption[] {
  const people = useNomineePeople(type === 'PERSON' ? unitId : null, search.trim());
  const teams = useNomineeTeams(type === 'COLLECTIVE' ? unitId : null);
  const homes = useNomineeHouseholds(type === 'HOUSEHOLD' ? unitId : null);
  const units = useUnitOptions();
  if (type === 'PERSON') return people.data ?? [];
  if (type === 'HOUSEHOLD') return homes.data ?? [];
  // The submitting unit and its sub-units are collectives too (the unit list is tree-ordered).
  const all = units.data ?? [];
  const start = all.findIndex((u) => u.id === unitId);
  const subtree = [];
  for (let i = start; start >= 0 && i < all.length; i += 1) {
    const u = all[i];
    if (!u || (i > start && u.depth <= (all[start]?.depth ?? 0))) break;
    if (u.status === 'ACTIVE') subtree.push({ value: u.id, label: u.name, detail: n.unitsGroup });
  }
  return [...subtree, ...(teams.data ?? []).map((o) => ({ ...o, detail: `${n.teamsGroup} · ${o.detail}` }))];
}

/**
 * The dossier's nominees: people, collectives (units and teams) and households, each with the
 * award asked for and the achievement summary. Used to create a dossier and to fix it after a return.
 */
export function NomineesEditor({
  unitId,
  rows,
  onChange,
}: {
  unitId: string | null;
  rows: NomineeRow[];
  onChange: (rows: NomineeRow[]) => void;
}) {
  const [type, setType] = useState<NomineeType>('PERSON');
  const [subject, setSubject] = useState<string | null>(null);
  const [award, setAward] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const options = useOptions(type, unitId, search);
  const chosen = options.find((o) => o.value === subject);
  const isDuplicate = rows.some((r) => r.subjectId === subject && r.awardCode === award);
  const add = () => {
    if (!chosen || !award || isDuplicate) return;
    onChange([
      ...rows,
      {
        subjectType: type,
        subjectId: chosen.value,
        label: `${chosen.label} — ${chosen.detail}`,
        awardCode: award,
      },
    ]);
    setSubject(null);
    setSearch('');
  };
  return (
    <Stack gap="xs" data-testid="nominees-editor">
      <Group align="flex-end" wrap="wrap" gap="xs">
        <SegmentedControl
          value={type}
          onChange={(v) => {
            setType(v as NomineeType);
            setSubject(null);
            setAward(null);
          }}
          data={(['PERSON', 'COLLECTIVE', 'HOUSEHOLD'] as const).map((v) => ({
            value: v,
            label: TYPE_LABEL[v],
          }))}
          data-testid="nominee-type"
        />
        <Select
          label={
            type === 'PERSON' ? n.pickPerson : type === 'COLLECTIVE' ? n.pickCollective : n.pickHousehold
          }
          data={options.map((o) => ({ value: o.value, label: o.label }))}
          value={subject}
          onChange={setSubject}
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          // People are searched on the server (diacritic-free); no second filter for them.
          {...(type === 'PERSON' ? { filter: ({ options: all }) => all } : {})}
          renderOption={({ option }) => (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              <Text size="xs" c="dimmed" data-testid="nominee-option-detail">
                {options.find((o) => o.value === option.value)?.detail}
              </Text>
            </Stack>
          )}
          miw={260}
          style={{ flex: 1 }}
          data-testid="nominee-subject"
        />
        <Select
          label={n.award}
          data={awardsFor(type)}
          value={award}
          onChange={setAward}
          // The award stays chosen for the next nominee; picking it again must not clear it.
          allowDeselect={false}
          searchable
          miw={240}
          data-testid="nominee-award"
        />
        <Button onClick={add} disabled={!chosen || !award || isDuplicate} data-testid="nominee-add">
          {n.add}
        </Button>
      </Group>
      {isDuplicate && (
        <Text size="xs" c="red">
          {n.duplicate}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {n.empty}
        </Text>
      ) : (
        <Table withTableBorder data-testid="nominees-table">
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr
                key={`${r.subjectId}|${r.awardCode}`}
                data-testid="nominee-row"
                data-subject={r.subjectId}
              >
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" variant="light" tt="none">
                      {TYPE_LABEL[r.subjectType]}
                    </Badge>
                    <Text size="sm">{r.label}</Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {awardLabel(r.awardCode)}
                  </Text>
                </Table.Td>
                <Table.Td w="40%">
                  <Textarea
                    aria-label={n.achievement}
                    placeholder={n.achievement}
                    autosize
                    minRows={1}
                    maxLength={2000}
                    value={r.achievement ?? ''}
                    onChange={(e) => {
                      const next = [...rows];
                      next[i] = { ...r, achievement: e.currentTarget.value };
                      onChange(next);
                    }}
                  />
                </Table.Td>
                <Table.Td w={60}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={n.remove}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    data-testid="nominee-remove"
                  >
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed" data-testid="nominees-count">
        {t(n.count, { count: rows.length })}
      </Text>
    </Stack>
  );
}

/** The rows as the API takes them (the label is for the screen only). */
export const toItems = (rows: NomineeRow[]) =>
  rows.map((r) => ({
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    awardCode: r.awardCode,
    ...(r.achievement?.trim() ? { achievement: r.achievement.trim() } : {}),
  }));
