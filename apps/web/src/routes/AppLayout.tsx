// The shell brings the rest of the styles: main.tsx has only the login page's (the layers keep
// the order they had when all of them were in main.tsx).
import '@mantine/core/styles.layer.css';
import '@mantine/dates/styles.layer.css';
import '@mantine/charts/styles.layer.css';
import 'mantine-datatable/styles.layer.css';
import '../tables.css';
import 'dayjs/locale/vi';
import {
  ActionIcon,
  Alert,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  Modal,
  NavLink,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconAward, IconKey, IconLogout, IconMail } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useLogout } from '../features/auth/api/logout';
import { ChangePasswordForm } from '../features/auth/components/ChangePasswordForm';
import { MfaEnrolment } from '../features/auth/components/MfaEnrolment';
import { MfaVerifyForm } from '../features/auth/components/MfaVerifyForm';
import { myWorkKey, useMyWork } from '../features/my-work/api/get-my-work';
import { t, ui } from '../i18n/ui';
import { useMe } from '../lib/session/get-me';
import { NAV_ITEMS } from './nav-items';

dayjs.locale('vi');

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const logoutMutation = useLogout();
  const [passwordOpened, passwordModal] = useDisclosure(false);
  const queryClient = useQueryClient();
  const ready =
    !!me && !me.mfa.verificationRequired && !me.passwordChangeRequired && !me.mfa.enrolmentRequired;
  const myWork = useMyWork(ready);
  // The queue's counts follow the work: every navigation (after a submit, a vote…) asks again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger, not an input.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: myWorkKey });
  }, [pathname, queryClient]);

  if (!me) return null;
  const items = NAV_ITEMS.filter(
    (item) =>
      (!item.permission || me.permissions.includes(item.permission)) &&
      (!item.tenantWide || me.user.isTenantWide) &&
      (!item.tenantKinds || item.tenantKinds.includes(me.user.tenantKind)),
  );

  const onLogout = () =>
    logoutMutation.mutate(undefined, { onSettled: () => navigate({ to: '/dang-nhap', search: {} }) });

  return (
    <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={ui.nav.openMenu}
              />
              <IconAward size={28} color="var(--mantine-color-red-7)" stroke={1.6} />
              <Stack gap={0}>
                <Title order={4} lh={1.1}>
                  {ui.app.name}
                </Title>
                <Text size="xs" c="dimmed" visibleFrom="xs">
                  {ui.app.tagline}
                </Text>
              </Stack>
            </Group>
            <Group gap="md" wrap="nowrap">
              <Stack gap={0} align="flex-end" visibleFrom="sm">
                <Text size="sm" fw={600} data-testid="header-user-name">
                  {me.user.fullName}
                </Text>
                <Text size="xs" c="dimmed" data-testid="header-user-unit">
                  {me.user.unitName} · {me.user.tenantName}
                </Text>
              </Stack>
              {ready && (
                // The user's own notice settings; an icon alone on a phone, where the header is narrow.
                <>
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconMail size={16} />}
                    visibleFrom="sm"
                    onClick={() => navigate({ to: '/thu-thong-bao' })}
                    data-testid="header-notice-settings"
                  >
                    {ui.noticeSettings.headerLink}
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    hiddenFrom="sm"
                    aria-label={ui.noticeSettings.headerLink}
                    onClick={() => navigate({ to: '/thu-thong-bao' })}
                    data-testid="header-notice-settings-icon"
                  >
                    <IconMail size={18} />
                  </ActionIcon>
                </>
              )}
              {!me.passwordChangeRequired && (
                // Icons alone on a phone too: with their labels the header ran past a 390 px screen.
                <>
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconKey size={16} />}
                    visibleFrom="sm"
                    onClick={passwordModal.open}
                    data-testid="change-password"
                  >
                    {ui.password.change}
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    hiddenFrom="sm"
                    aria-label={ui.password.change}
                    onClick={passwordModal.open}
                    data-testid="change-password-icon"
                  >
                    <IconKey size={18} />
                  </ActionIcon>
                </>
              )}
              <Button
                variant="default"
                size="xs"
                leftSection={<IconLogout size={16} />}
                visibleFrom="sm"
                onClick={onLogout}
                loading={logoutMutation.isPending}
                data-testid="logout"
              >
                {ui.header.logout}
              </Button>
              <ActionIcon
                variant="default"
                hiddenFrom="sm"
                aria-label={ui.header.logout}
                onClick={onLogout}
                loading={logoutMutation.isPending}
                data-testid="logout-icon"
              >
                <IconLogout size={18} />
              </ActionIcon>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <ScrollArea>
            <nav aria-label={ui.app.name} data-testid="nav">
              {items.map((item) => (
                <NavLink
                  key={item.key}
                  href={item.to}
                  label={item.label}
                  leftSection={<item.icon size={18} stroke={1.6} />}
                  active={isActive(pathname, item.to)}
                  rightSection={
                    item.key === 'my-work' && myWork.data && myWork.data.total > 0 ? (
                      <Badge
                        size="sm"
                        color={myWork.data.overdue > 0 ? 'red' : 'blue'}
                        aria-label={t(ui.myWork.navCount, { n: myWork.data.total })}
                        data-testid="nav-my-work-count"
                      >
                        {myWork.data.total}
                      </Badge>
                    ) : undefined
                  }
                  data-testid={`nav-${item.key}`}
                  onClick={(event) => {
                    event.preventDefault();
                    close();
                    navigate({ to: item.to });
                  }}
                  styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
                />
              ))}
            </nav>
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main bg="gray.0">
          {me.demo && (
            <Alert color="orange" mb="md" data-testid="demo-banner">
              {ui.demoBanner}
            </Alert>
          )}
          {me.mfa.verificationRequired ? (
            <MfaVerifyForm />
          ) : me.passwordChangeRequired ? (
            // Nothing else answers until the user picks a new password.
            <Paper withBorder p="lg" maw={520} data-testid="forced-password-change">
              <Stack>
                <Title order={3}>{ui.password.forcedTitle}</Title>
                <Text size="sm">{ui.password.forcedText}</Text>
                <ChangePasswordForm />
              </Stack>
            </Paper>
          ) : me.mfa.enrolmentRequired ? (
            <MfaEnrolment />
          ) : (
            <Outlet />
          )}
        </AppShell.Main>
        <Modal opened={passwordOpened} onClose={passwordModal.close} title={ui.password.change}>
          <ChangePasswordForm onDone={passwordModal.close} />
        </Modal>
      </AppShell>
    </DatesProvider>
  );
}
