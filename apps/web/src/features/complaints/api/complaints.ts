import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

// /api/complaints: the handler's cases. Shapes come from the OpenAPI document; none carries the
// filer's identity except ComplaintParty, fetched only when the assigned handler asks for it.

export type Complaint = Schema<'Complaint'>;
export type ComplaintDetail = Schema<'ComplaintDetail'>;
export type ComplaintParty = Schema<'ComplaintParty'>;
export type ClassifyInput = Schema<'ClassifyComplaintInput'>;
export type ConcludeInput = Schema<'ConcludeComplaintInput'>;

const key = ['complaints'] as const;

export function useComplaints() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/complaints')) });
}

export function useComplaint(id: string) {
  return useQuery({
    queryKey: [...key, id],
    queryFn: () => unwrap(client.GET('/complaints/{id}', { params: { path: { id } } })),
  });
}

/** The filer's identity: each read is audited on the server, so it is fetched on demand, never cached. */
export function useReadParty(id: string) {
  return useMutation({
    mutationFn: () => unwrap(client.GET('/complaints/{id}/party', { params: { path: { id } } })),
  });
}

type Step =
  | { step: 'classify'; body: ClassifyInput }
  | { step: 'accept' | 'verify'; body: { expectedVersion: number; note?: string } }
  | { step: 'conclude'; body: ConcludeInput };

function runStep(id: string, s: Step) {
  const params = { path: { id } };
  switch (s.step) {
    case 'classify':
      return unwrap(client.POST('/complaints/{id}/classify', { params, body: s.body }));
    case 'accept':
      return unwrap(client.POST('/complaints/{id}/accept', { params, body: s.body }));
    case 'verify':
      return unwrap(client.POST('/complaints/{id}/verify', { params, body: s.body }));
    case 'conclude':
      return unwrap(client.POST('/complaints/{id}/conclude', { params, body: s.body }));
  }
}

export function useComplaintStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (s: Step) => runStep(id, s),
    // The queue ("Việc chờ tôi xử lý") moves with each step too.
    onSettled: () => queryClient.invalidateQueries(),
  });
}

export type FileComplaintInput = Schema<'FileComplaintInput'>;

/** An officer records a filing received on paper; the server keeps the filer apart (ComplaintParty). */
export function useRecordPaperComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FileComplaintInput) => unwrap(client.POST('/complaints', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
