import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type ReportOption = { value: string; label: string };

/** The households registered under the unit or below it: the subjects of a household's report. */
export function useReportHouseholds(unitId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['documents', 'report-households', unitId],
    queryFn: async () =>
      (
        await api<{ items: { id: string; headName: string; address: string }[] }>('/households', {
          query: { unitId },
        })
      ).items.map((h): ReportOption => ({ value: h.id, label: `Hộ ${h.headName} — ${h.address}` })),
    enabled,
  });
}
