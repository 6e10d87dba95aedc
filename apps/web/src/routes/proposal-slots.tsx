import { IssueDecisionPanel } from '../features/decisions/components/IssueDecisionPanel';
import { ProposalPage } from '../features/proposals/components/ProposalPage';

// The proposal page shows the decision form when a decision is due; the two features meet here,
// so neither imports the other.
export function ProposalPageWithSlots({ proposalId }: { proposalId: string }) {
  return (
    <ProposalPage
      proposalId={proposalId}
      slots={{
        decision: (proposal, onIssued) => <IssueDecisionPanel proposal={proposal} onIssued={onIssued} />,
      }}
    />
  );
}
