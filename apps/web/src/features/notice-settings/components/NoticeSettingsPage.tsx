import { Alert, Button, Group, Loader, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import { type NoticeSettings, useNoticeSettings, useUpdateNoticeSettings } from '../api/notice-settings';

const n = ui.noticeSettings;

type Event = NoticeSettings['events'][number];
type Values = { email: string; enabled: Record<string, boolean> };

/** "Thư thông báo": the signed-in user's address and one switch per notice event. */
export function NoticeSettingsPage() {
  const { data, error } = useNoticeSettings();
  return (
    <>
      <PageHeader title={n.title} subtitle={n.subtitle} />
      {error ? (
        <ErrorAlert error={error} />
      ) : data ? (
        <NoticeSettingsForm settings={data} />
      ) : (
        <Loader size="sm" />
      )}
    </>
  );
}

function NoticeSettingsForm({ settings }: { settings: NoticeSettings }) {
  const mutation = useUpdateNoticeSettings();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      email: settings.email ?? '',
      enabled: Object.fromEntries(settings.events.map((e) => [e.event, e.enabled])),
    },
    onValuesChange: () => setSaved(false),
  });

  const submit = (values: Values) =>
    mutation.mutate(
      {
        email: values.email.trim(),
        disabledEvents: settings.events.filter((e) => !values.enabled[e.event]).map((e) => e.event),
      },
      {
        onSuccess: (next) => {
          form.setValues({ email: next.email ?? '' });
          form.resetDirty();
          setSaved(true);
          notifications.show({ color: 'green', message: n.saved });
        },
        onError: (error) => {
          setSaved(false);
          if (isApiError(error)) applyServerErrors(form, error, ['email']);
        },
      },
    );

  // A refused address is shown on its field; anything else above the form.
  const onField = isApiError(mutation.error) && mutation.error.details.some((d) => d.path === 'email');
  const mine = settings.events.filter((e) => e.forMyRoles);
  const others = settings.events.filter((e) => !e.forMyRoles);

  const eventSwitch = (e: Event) => (
    <Switch
      key={e.event}
      label={e.label}
      description={
        e.event === 'DEADLINE_REMINDER' ? t(n.reminderHint, { n: settings.reminderWorkingDays }) : undefined
      }
      data-testid={`notice-switch-${e.event}`}
      {...form.getInputProps(`enabled.${e.event}`, { type: 'checkbox' })}
    />
  );

  return (
    <Paper withBorder p="lg" maw={720}>
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="notice-settings-form">
        <Stack>
          {!settings.deliveryConfigured && (
            <Alert color="yellow" icon={<IconInfoCircle size={18} />} data-testid="notice-not-configured">
              {n.notConfigured}
            </Alert>
          )}
          {mutation.error && !onField && <ErrorAlert error={mutation.error} />}
          <TextInput
            type="email"
            label={n.email}
            description={n.emailHint}
            placeholder="nguyenvana@sonha.gov.vn"
            autoComplete="email"
            data-testid="notice-email"
            {...form.getInputProps('email')}
          />
          {form.values.email.trim() === '' && (
            <Text size="sm" c="dimmed" data-testid="notice-no-email">
              {n.noEmail}
            </Text>
          )}
          {mine.length > 0 && (
            <Stack gap="sm">
              <Title order={5}>{n.mine}</Title>
              {mine.map(eventSwitch)}
            </Stack>
          )}
          {others.length > 0 && (
            <Stack gap="sm">
              <Title order={5} c="dimmed">
                {n.others}
              </Title>
              {others.map(eventSwitch)}
            </Stack>
          )}
          {saved && (
            <Alert color="green" icon={<IconCircleCheck size={18} />} data-testid="notice-settings-saved">
              {n.saved}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} data-testid="notice-settings-submit">
              {n.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
