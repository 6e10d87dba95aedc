import { IssueDecisionPanel } from '../features/decisions/components/IssueDecisionPanel';
import { DecisionDocumentsPanel } from '../features/documents/components/DecisionDocumentsPanel';
import { ProposalDocumentsPanel } from '../features/documents/components/ProposalDocumentsPanel';
import { ProposalPage } from '../features/proposals/components/ProposalPage';

// The proposal page shows the decision form when a decision is due, the dossier's own documents
// (Tờ trình) at any step, and the decision's documents once issued; the features meet here,
// so neither imports the other.
export function ProposalPageWithSlots({ proposalId }: { proposalId: string }) {
  return (
    <ProposalPage
      proposalId={proposalId}
      slots={{
        decision: (proposal, onIssued) => <IssueDecisionPanel proposal={proposal} onIssued={onIssued} />,
        documents: (decisionId) => <DecisionDocumentsPanel decisionId={decisionId} />,
        proposalDocuments: (proposalId) => <ProposalDocumentsPanel proposalId={proposalId} />,
      }}
    />
  );
}
