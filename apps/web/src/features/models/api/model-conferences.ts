import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

// /api/model-conferences: the conference honouring exemplary models (hội nghị điển hình tiên
// tiến), its honourees drawn from approved models and awards, and its .docx documents.

export type Conference = Schema<'ModelConference'>;
export type CreateConferenceInput = Schema<'CreateModelConference'>;
export type AddHonoureeInput = Schema<'AddConferenceHonouree'>;

const key = ['model-conferences'] as const;

export const useConferences = () =>
  useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/model-conferences')) });

export const useConference = (id: string) =>
  useQuery({
    queryKey: [...key, id],
    queryFn: () => unwrap(client.GET('/model-conferences/{id}', { params: { path: { id } } })),
  });

export function useCreateConference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConferenceInput) => unwrap(client.POST('/model-conferences', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useAddHonouree(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddHonoureeInput) =>
      unwrap(client.POST('/model-conferences/{id}/honourees', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** The documents are plain links: the browser sends the session cookie and saves the .docx. */
export const conferenceDocument = (id: string, doc: 'honour-list' | 'invitations') =>
  `/api/model-conferences/${id}/${doc}.docx`;
