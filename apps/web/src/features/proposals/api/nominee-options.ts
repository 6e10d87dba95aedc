import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { birthYear } from '../../../lib/format';

export type NomineeOption = { value: string; label: string; detail: string };

type PersonRow = {
  id: string;
  fullName: string;
  unitName: string;
  position: string | null;
  birthDate: string | null;
  citizenId: string | null;
};

/**
 * What tells namesakes apart: unit, position, year of birth and the last characters of the ID
 * number (the server masks the rest).
 */
export function personDetail(p: PersonRow): string {
  return [
    p.unitName,
    p.position,
    p.birthDate ? `sinh năm ${birthYear(p.birthDate)}` : null,
    p.citizenId ? `CCCD ${p.citizenId}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function useNomineePeople(unitId: string | null, q: string) {
  return useQuery({
    queryKey: ['proposals', 'nominee-people', unitId, q],
    queryFn: async () =>
      (await api<{ items: PersonRow[] }>('/people', { query: { unitId, q, pageSize: 50 } })).items.map(
        (p): NomineeOption => ({ value: p.id, label: p.fullName, detail: personDetail(p) }),
      ),
    enabled: unitId !== null,
    placeholderData: keepPreviousData,
  });
}

/** Named teams (tổ, nhóm) under the unit; the units themselves come from the unit list. */
export function useNomineeTeams(unitId: string | null) {
  return useQuery({
    queryKey: ['proposals', 'nominee-teams', unitId],
    queryFn: async () =>
      (
        await api<{ items: { id: string; name: string; unitName: string; kind: string }[] }>('/collectives', {
          query: { unitId },
        })
      ).items.map((c): NomineeOption => ({ value: c.id, label: c.name, detail: c.unitName })),
    enabled: unitId !== null,
  });
}

export function useNomineeHouseholds(unitId: string | null) {
  return useQuery({
    queryKey: ['proposals', 'nominee-households', unitId],
    queryFn: async () =>
      (
        await api<{ items: { id: string; headName: string; address: string; unitName: string }[] }>(
          '/households',
          { query: { unitId } },
        )
      ).items.map(
        (h): NomineeOption => ({
          value: h.id,
          label: `Hộ gia đình ${h.headName}`,
          detail: `${h.address} · ${h.unitName}`,
        }),
      ),
    enabled: unitId !== null,
  });
}
