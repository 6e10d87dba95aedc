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

/** Movements the actor can see, thematic ones first: what a chuyên đề report is about. */
export function useReportMovements(enabled: boolean) {
  return useQuery({
    queryKey: ['documents', 'report-movements'],
    queryFn: async () => {
      const { items } = await api<{ items: { id: string; form: string; title: string; year: number }[] }>(
        '/movements',
      );
      const thematicFirst = [...items].sort(
        (a, b) => Number(b.form === 'CHUYEN_DE') - Number(a.form === 'CHUYEN_DE') || b.year - a.year,
      );
      return thematicFirst.map((m): ReportOption => ({ value: m.id, label: `${m.title} (${m.year})` }));
    },
    enabled,
  });
}
