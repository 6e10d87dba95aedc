import { Accordion, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, vi } from '../../../i18n/vi';
import { formatDate } from '../../../lib/format';
import { useCommentLists } from '../api/list-comment-lists';
import { CommentForm } from './CommentForm';

const c = vi.publicPortal;

/** The public portal (no login): lists open for comment, and a comment form per nominee. */
export function PublicCommentPage() {
  const { data, error } = useCommentLists();
  return (
    <Container size="md" py="xl">
      <Title order={2} data-testid="page-title">
        {c.title}
      </Title>
      <Text c="dimmed" mb="lg">
        {c.subtitle}
      </Text>
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Loader />}
      {data?.items.length === 0 && <Text>{c.empty}</Text>}
      <Stack>
        {data?.items.map((list) => (
          <Paper key={list.proposalId} withBorder p="md" data-testid="public-list">
            <Title order={4}>{list.title}</Title>
            <Text size="sm" c="dimmed">
              {list.tenantName} · {t(c.until, { date: formatDate(list.until) })}
            </Text>
            <Accordion mt="sm">
              {list.items.map((i) => (
                <Accordion.Item
                  key={i.itemId}
                  value={i.itemId}
                  data-testid="public-item"
                  data-subject={i.subjectName}
                >
                  <Accordion.Control>
                    {i.subjectName} — {i.unitName} — {i.awardName}
                  </Accordion.Control>
                  <Accordion.Panel>
                    <CommentForm itemId={i.itemId} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </Paper>
        ))}
      </Stack>
    </Container>
  );
}
