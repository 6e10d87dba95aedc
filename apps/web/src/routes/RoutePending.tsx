import { Center, Loader } from '@mantine/core';
import { ui } from '../i18n/ui';

/** Shown while a route's chunk (routes/lazy-pages.ts) or its beforeLoad is still loading. */
export function RoutePending() {
  return (
    <Center py="xl" data-testid="route-pending">
      <Loader size="md" aria-label={ui.app.loading} />
    </Center>
  );
}
