// Only the styles of what a cold visit draws before the shell loads (the login page, the route
// loader, the not-found page): the whole of Mantine's CSS, the dates', charts' and tables' come
// with the shell (routes/AppLayout.tsx), the notifications' with them (app-notifications.tsx).
// All of it is in @layer mantine (the .layer.css files), so a sheet that arrives later cannot
// override the theme's variables MantineProvider writes, nor the app's own rules, by its order.
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import '@mantine/core/styles/UnstyledButton.layer.css';
import '@mantine/core/styles/VisuallyHidden.layer.css';
import '@mantine/core/styles/Paper.layer.css';
import '@mantine/core/styles/Center.layer.css';
import '@mantine/core/styles/Stack.layer.css';
import '@mantine/core/styles/Group.layer.css';
import '@mantine/core/styles/Title.layer.css';
import '@mantine/core/styles/Text.layer.css';
import '@mantine/core/styles/Anchor.layer.css';
import '@mantine/core/styles/Divider.layer.css';
import '@mantine/core/styles/Loader.layer.css';
import '@mantine/core/styles/Button.layer.css';
import '@mantine/core/styles/CloseButton.layer.css';
import '@mantine/core/styles/ActionIcon.layer.css';
import '@mantine/core/styles/Input.layer.css';
import '@mantine/core/styles/PasswordInput.layer.css';
import '@mantine/core/styles/Alert.layer.css';
import { MantineProvider } from '@mantine/core';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { type ComponentType, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './lib/api';
import { buildRouter } from './router';
import { theme } from './theme';

/**
 * The toasts' host, loaded once the first page is on screen so the login form does not wait for
 * its chunk; a notifications.show() made before it arrives is in the store and shows once it mounts.
 */
function DeferredNotifications() {
  const [Host, setHost] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./app-notifications').then((module) => setHost(() => module.default));
  }, []);
  return Host ? <Host /> : null;
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      // A session that expires mid-use sends the user back to login, then back here.
      if (isApiError(error, 'UNAUTHENTICATED') && router.state.location.pathname !== '/dang-nhap') {
        queryClient.clear();
        router.navigate({ to: '/dang-nhap', search: { redirect: router.state.location.href } });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status > 0 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const router = buildRouter(queryClient);

// The server puts this response's Content-Security-Policy nonce on <meta property="csp-nonce">
// (browsers expose it only as the .nonce property); Mantine's <style> tags must carry it.
const styleNonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} getStyleNonce={() => styleNonce}>
        <DeferredNotifications />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
