import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

// /api/inspection-plans: the yearly inspection plans of the inspector's subtree, their findings
// and follow-ups. Shapes come from the OpenAPI document.

export type InspectionPlan = Schema<'InspectionPlan'>;
export type InspectionFinding = Schema<'InspectionFinding'>;
export type CreatePlanInput = Schema<'CreateInspectionPlanInput'>;
export type UpdatePlanInput = Schema<'UpdateInspectionPlanInput'>;
export type CreateFindingInput = Schema<'CreateInspectionFindingInput'>;

const key = ['inspection-plans'] as const;

export function useInspectionPlans(year: number | null) {
  return useQuery({
    queryKey: [...key, 'list', year],
    queryFn: () => unwrap(client.GET('/inspection-plans', { params: { query: year ? { year } : {} } })),
  });
}

export function useInspectionPlan(id: string) {
  return useQuery({
    queryKey: [...key, id],
    queryFn: () => unwrap(client.GET('/inspection-plans/{id}', { params: { path: { id } } })),
  });
}

/** Every change moves the plan, the list and the queue ("Việc chờ tôi xử lý"). */
function useChange<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries() });
}

export const useCreatePlan = () =>
  useChange((body: CreatePlanInput) => unwrap(client.POST('/inspection-plans', { body })));

export const useUpdatePlan = (id: string) =>
  useChange((body: UpdatePlanInput) =>
    unwrap(client.PUT('/inspection-plans/{id}', { params: { path: { id } }, body })),
  );

export const useDeletePlan = (id: string) =>
  useChange(() => unwrap(client.DELETE('/inspection-plans/{id}', { params: { path: { id } } })));

export const useAddFinding = (planId: string) =>
  useChange((body: CreateFindingInput) =>
    unwrap(client.POST('/inspection-plans/{id}/findings', { params: { path: { id: planId } }, body })),
  );

export const useCompleteFinding = () =>
  useChange((input: { id: string; version: number; note: string }) =>
    unwrap(
      client.POST('/inspection-findings/{id}/complete', {
        params: { path: { id: input.id } },
        body: { version: input.version, note: input.note },
      }),
    ),
  );

/** The people of an inspected unit, to hold one of them or pick an award to revoke. */
export function useUnitPeople(unitId: string | null) {
  return useQuery({
    enabled: unitId !== null,
    queryKey: ['inspection-unit-people', unitId],
    queryFn: () =>
      unwrap(client.GET('/people', { params: { query: { unitId: unitId ?? '', pageSize: 100 } } })),
  });
}

export function useUnitAwards(unitId: string | null) {
  return useQuery({
    enabled: unitId !== null,
    queryKey: ['inspection-unit-awards', unitId],
    queryFn: () =>
      unwrap(client.GET('/awards', { params: { query: { unitId: unitId ?? '', pageSize: 100 } } })),
  });
}
