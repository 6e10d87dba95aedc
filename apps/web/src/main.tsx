import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import 'mantine-datatable/styles.css';
import './tables.css';
import 'dayjs/locale/vi';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './lib/api';
import { buildRouter } from './router';
import { theme } from './theme';

dayjs.locale('vi');

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
        <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
          <Notifications position="top-right" />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </DatesProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
