import { useQuery } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

// Shape of /api/reports/dashboard, generated from the OpenAPI document.
export type Dashboard = Schema<'Dashboard'>;

export function useDashboard(enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'dashboard'],
    queryFn: () => unwrap(client.GET('/reports/dashboard')),
    enabled,
  });
}
