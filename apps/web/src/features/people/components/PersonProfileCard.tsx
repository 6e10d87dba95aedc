import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import type { Person } from '../api/people.types';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

function Sensitive({ value, isRevealed }: { value: ReactNode; isRevealed: boolean }) {
  return (
    <Group gap={4} wrap="nowrap">
      {!isRevealed && <IconLock size={14} color="var(--mantine-color-gray-6)" />}
      <span>{value}</span>
    </Group>
  );
}

export function PersonProfileCard({ person }: { person: Person }) {
  const f = ui.people.form;
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4} mb="md">
        {ui.people.detail.profile}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="md">
        <Field label={f.fullName} testId="person-full-name">
          {person.fullName}
        </Field>
        <Field label={f.gender}>{ui.people.gender[person.gender] ?? person.gender}</Field>
        <Field label={f.birthDate} testId="person-birth-date">
          <Sensitive value={formatDate(person.birthDate)} isRevealed={person.isRevealed} />
        </Field>
        <Field label={f.ethnicity}>
          <Sensitive value={person.ethnicity ?? ui.app.none} isRevealed={person.isRevealed} />
        </Field>
        <Field label={f.citizenId} testId="person-citizen-id">
          <Sensitive value={person.citizenId ?? ui.app.none} isRevealed={person.isRevealed} />
        </Field>
        <Field label={f.position}>{person.position ?? ui.app.none}</Field>
        <Field label={f.unitId}>
          <RouterAnchor to="/don-vi/$unitId" params={{ unitId: person.unitId }} size="sm">
            {person.unitName}
          </RouterAnchor>
        </Field>
        <Field label={f.subjectGroup}>
          {ui.people.subjectGroups[person.subjectGroup] ?? person.subjectGroup}
        </Field>
        <Field label={f.recruitedOn}>{formatDate(person.recruitedOn)}</Field>
        <Field label={ui.people.colTags}>
          <Group gap={4}>
            {person.isLeader && (
              <Badge variant="light" color="indigo" tt="none">
                {ui.people.leader}
              </Badge>
            )}
            {person.isDirectWorker && (
              <Badge variant="light" color="teal" tt="none">
                {ui.people.directWorker}
              </Badge>
            )}
            {!person.isLeader && !person.isDirectWorker && ui.app.none}
          </Group>
        </Field>
      </SimpleGrid>
    </Paper>
  );
}
