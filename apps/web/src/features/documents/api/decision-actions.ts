import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';

/** What the reader may do on a decision (issue 18), decided by the server as its routes decide. */
export type DecisionAllowedActions = Schema<'DecisionAllowedActions'>;

/**
 * The decision's view (records: GET /decisions/{id}), for the actions it carries: its documents
 * and its signature are offered only when their routes would let the reader through.
 */
export function useDecisionActions(decisionId: string) {
  return useQuery({
    queryKey: ['decisions', decisionId],
    queryFn: () => api<{ allowedActions: DecisionAllowedActions }>(`/decisions/${decisionId}`),
    select: (d) => d.allowedActions,
  });
}
