import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

// /api/incoming-dossiers: the dossiers child tenants sent up as packages (docs/interop.md). What the
// user may do with one comes with it (allowedActions, the routes' own rules).

export type ReturnReasonCode = 'MISSING_COMPONENT' | 'CRITERIA_NOT_MET' | 'WRONG_INFORMATION' | 'OTHER';
export type ExchangeReturnReason = { code: ReturnReasonCode; text: string; itemId: string | null };
export type VerdictReason = { met: boolean; text: string; citation: string };
export type Verdict = { eligible: boolean; held?: boolean; reasons: VerdictReason[] } | null;

export type IncomingDossierSummary = {
  id: string;
  senderCode: string;
  senderName: string;
  title: string;
  year: number;
  itemCount: number;
  status: 'RECEIVED' | 'RETURNED' | 'APPROVED' | 'DECIDED';
  version: number;
  receivedAt: string;
};

export type IncomingDossierItem = {
  id: string;
  subject: { type: string; name: string; unitName: string | null };
  awardCode: string;
  achievement: string | null;
  senderVerdict: Verdict;
  ownVerdict: Verdict;
  differs: boolean;
  council: { passed: boolean | null; yes: number; no: number; abstain: number } | null;
  approval: { approved: boolean | null; reason: string | null };
};

export type IncomingDecision = {
  number: string;
  signedOn: string;
  issuer: string;
  signerName: string;
  signerTitle: string;
  documents: { name: string; href: string }[];
};

export type IncomingDossier = Omit<IncomingDossierSummary, 'itemCount' | 'receivedAt'> & {
  kind: string;
  submittingUnitName: string;
  versions: { version: number; receivedAt: string }[];
  components: { name: string; fileName: string; sizeBytes: number; sha256: string; href: string }[];
  returns: { at: string; reasons: ExchangeReturnReason[] }[];
  decision: IncomingDecision | null;
  items: IncomingDossierItem[];
  allowedActions: { return: boolean; approve: boolean; decide: boolean; sign: boolean };
};

const key = ['incoming-dossiers'] as const;

export function useIncomingDossiers() {
  return useQuery({
    queryKey: [...key, 'list'],
    queryFn: () => api<{ items: IncomingDossierSummary[] }>('/incoming-dossiers'),
  });
}

export function useIncomingDossier(id: string) {
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: () => api<IncomingDossier>(`/incoming-dossiers/${id}`),
  });
}

export type IncomingCommand =
  | { path: 'return'; body: { reasons: ExchangeReturnReason[] } }
  | { path: 'approve'; body: { items: { itemId: string; approved: boolean; reason?: string }[] } }
  | { path: 'decide'; body: { signedOn: string } };

/** Every command carries the package version the user saw; the answer is the dossier again. */
export function useIncomingCommand(dossier: Pick<IncomingDossier, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (c: IncomingCommand) =>
      api<IncomingDossier>(`/incoming-dossiers/${dossier.id}/${c.path}`, {
        method: 'POST',
        body: { expectedVersion: dossier.version, ...c.body },
      }),
    // The list's status, the queue's counts and the detail all move with a command.
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
