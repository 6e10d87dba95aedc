import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { WORK_KIND_LABELS } from '@vinhdanh/domain/workflow/my-work';
import { t, ui } from '../../../i18n/ui';
import { useMyWork } from '../api/get-my-work';
import { DeadlineCell } from './MyWorkPage';

const SHOWN = 5;

/** The dashboard's block: the first few items (overdue first) and a link to the whole queue. */
export function MyWorkSummary() {
  const { data } = useMyWork();
  const navigate = useNavigate();
  const m = ui.myWork;
  if (!data) return null;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="dashboard-my-work">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{m.title}</Title>
        <Text size="sm" c="dimmed">
          {t(ui.myWork.navCount, { n: data.total })}
        </Text>
      </Group>
      {data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {m.empty}
        </Text>
      ) : (
        <Stack gap="xs">
          {data.items.slice(0, SHOWN).map((item) => (
            <Group key={item.key} justify="space-between" wrap="nowrap" data-testid="dashboard-my-work-item">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="xs" c="dimmed">
                  {WORK_KIND_LABELS[item.kind]}
                </Text>
                {item.link ? (
                  <Anchor
                    size="sm"
                    href={item.link}
                    onClick={(event) => {
                      event.preventDefault();
                      if (item.link) navigate({ href: item.link });
                    }}
                  >
                    {item.title}
                  </Anchor>
                ) : (
                  <Text size="sm">{item.title}</Text>
                )}
              </Stack>
              <DeadlineCell item={item} />
            </Group>
          ))}
          <Anchor
            size="sm"
            href="/viec-cho-xu-ly"
            data-testid="dashboard-my-work-all"
            onClick={(event) => {
              event.preventDefault();
              navigate({ to: '/viec-cho-xu-ly' });
            }}
          >
            {m.seeAll}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
