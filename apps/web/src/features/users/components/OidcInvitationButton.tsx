import { Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { useOidcProviders } from '../../../lib/session/oidc-providers';
import type { User } from '../api/list-users';
import { useOidcInvitation } from '../api/oidc-invitation';

const u = ui.users;

/**
 * Gives an officer account an invitation code for its first VNeID / SSO login. A new code voids
 * the previous unused one, so the administrator confirms before it is made.
 */
export function OidcInvitationButton({ user }: { user: User }) {
  const mutation = useOidcInvitation();
  const [open, setOpen] = useState(false);
  // Only where a provider is configured: without one the code could never be used.
  const configured = (useOidcProviders().data?.items.length ?? 0) > 0;
  const link = mutation.data
    ? `${window.location.origin}/dang-nhap?loi-moi=${encodeURIComponent(mutation.data.code)}`
    : '';
  if (!configured) return null;
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="gray"
        onClick={() => {
          mutation.reset();
          setOpen(true);
        }}
        data-testid="users-oidc-invite"
      >
        {u.oidcInvite}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t(u.oidcInviteTitle, { username: user.username })}
      >
        <Stack>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          {mutation.data ? (
            <>
              <Text size="sm">{u.oidcInviteDone}</Text>
              <Code fz="lg" data-testid="users-oidc-code">
                {mutation.data.code}
              </Code>
              <Text size="sm" c="dimmed">
                {t(u.oidcInviteExpires, {
                  date: new Date(mutation.data.expiresAt).toLocaleString('vi-VN', {
                    timeZone: 'Asia/Ho_Chi_Minh',
                  }),
                })}
              </Text>
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy}>
                    {copied ? u.oidcInviteCopied : u.oidcInviteCopy}
                  </Button>
                )}
              </CopyButton>
            </>
          ) : (
            <>
              <Text size="sm">{u.oidcInviteText}</Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setOpen(false)}>
                  {ui.app.cancel}
                </Button>
                <Button
                  loading={mutation.isPending}
                  onClick={() => mutation.mutate(user.id)}
                  data-testid="users-oidc-invite-confirm"
                >
                  {u.oidcInviteConfirm}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
