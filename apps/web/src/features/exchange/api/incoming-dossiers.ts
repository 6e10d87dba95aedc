import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

// /api/incoming-dossiers: the dossiers child tenants sent up as packages (docs/interop.md). Shapes
// come from the OpenAPI document; what the user may do with one comes with it (allowedActions, the
// routes' own rules).

export type IncomingDossierSummary = Schema<'IncomingDossierSummary'>;
export type IncomingDossier = Schema<'IncomingDossier'>;
export type IncomingDossierItem = IncomingDossier['items'][number];
export type ExchangeReturnReason = Schema<'IncomingReturnReason'>;
export type ReturnReasonCode = ExchangeReturnReason['code'];
/** The sender's verdict or the receiver's own re-run (which has no "held"). */
export type Verdict = {
  eligible: boolean;
  held?: boolean;
  reasons: { met: boolean; text: string; citation: string }[];
} | null;

const key = ['incoming-dossiers'] as const;

export function useIncomingDossiers() {
  return useQuery({
    queryKey: [...key, 'list'],
    queryFn: () => unwrap(client.GET('/incoming-dossiers')),
  });
}

export function useIncomingDossier(id: string) {
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: () => unwrap(client.GET('/incoming-dossiers/{id}', { params: { path: { id } } })),
  });
}

export type IncomingCommand =
  | { path: 'return'; body: { reasons: ExchangeReturnReason[] } }
  | { path: 'approve'; body: { items: { itemId: string; approved: boolean; reason?: string }[] } }
  | { path: 'decide'; body: { signedOn: string } };

function runCommand(dossier: Pick<IncomingDossier, 'id' | 'version'>, c: IncomingCommand) {
  const params = { path: { id: dossier.id } };
  const expectedVersion = dossier.version;
  switch (c.path) {
    case 'return':
      return unwrap(
        client.POST('/incoming-dossiers/{id}/return', { params, body: { expectedVersion, ...c.body } }),
      );
    case 'approve':
      return unwrap(
        client.POST('/incoming-dossiers/{id}/approve', { params, body: { expectedVersion, ...c.body } }),
      );
    case 'decide':
      return unwrap(
        client.POST('/incoming-dossiers/{id}/decide', { params, body: { expectedVersion, ...c.body } }),
      );
  }
}

/** Every command carries the package version the user saw. */
export function useIncomingCommand(dossier: Pick<IncomingDossier, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (c: IncomingCommand) => runCommand(dossier, c),
    // The list's status, the queue's counts and the detail all move with a command.
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
