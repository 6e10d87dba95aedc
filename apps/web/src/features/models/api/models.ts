import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { csrfHeaders, toApiError } from '../../../lib/api';
import { client, type Schema, unwrap } from '../../../lib/api/client';

// The exemplary models' API calls, typed from the OpenAPI document.

export type ModelSummary = Schema<'ExemplaryModelListItem'>;
export type CreateModelInput = Schema<'CreateExemplaryModel'>;
export type AdoptModelInput = Schema<'AdoptExemplaryModel'>;

const key = ['models'] as const;

export const useMyModels = () =>
  useQuery({ queryKey: [...key, 'mine'], queryFn: () => unwrap(client.GET('/models', {})) });
export const usePublishedModels = () =>
  useQuery({ queryKey: [...key, 'published'], queryFn: () => unwrap(client.GET('/models/published')) });
export const useReviewQueue = (enabled: boolean) =>
  useQuery({
    queryKey: [...key, 'queue'],
    queryFn: () => unwrap(client.GET('/models/review-queue')),
    enabled,
  });

function useModelMutation<V>(fn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: ['my-work'] }),
      ]),
  });
}

export const useCreateModel = () =>
  useModelMutation((body: CreateModelInput) => unwrap(client.POST('/models', { body })));
export const useSubmitModel = () =>
  useModelMutation((id: string) => unwrap(client.POST('/models/{id}/submit', { params: { path: { id } } })));
export const useApproveModel = () =>
  useModelMutation((id: string) => unwrap(client.POST('/models/{id}/approve', { params: { path: { id } } })));
export const useReturnModel = () =>
  useModelMutation((v: { id: string; reason: string }) =>
    unwrap(
      client.POST('/models/{id}/return', { params: { path: { id: v.id } }, body: { reason: v.reason } }),
    ),
  );
export const useAdoptModel = () =>
  useModelMutation((v: { id: string; body: AdoptModelInput }) =>
    unwrap(client.POST('/models/{id}/adoptions', { params: { path: { id: v.id } }, body: v.body })),
  );

/** The photo goes as the raw body, its name in the query: the server's one upload path. */
export const useAddModelPhoto = () =>
  useModelMutation(async (v: { id: string; file: File }) => {
    const res = await fetch(
      `/api/models/${v.id}/photos?name=${encodeURIComponent(v.file.name || 'anh.jpg')}`,
      {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': v.file.type || 'application/octet-stream', ...csrfHeaders('POST') },
        body: v.file,
      },
    );
    if (!res.ok) throw await toApiError(res);
    return res.json();
  });
