import { DecisionAwardsPanel } from '../features/decisions/components/DecisionAwardsPanel';
import { ExternalDecisionPanel } from '../features/decisions/components/ExternalDecisionPanel';
import { IssueDecisionPanel } from '../features/decisions/components/IssueDecisionPanel';
import { DecisionDocumentsPanel } from '../features/documents/components/DecisionDocumentsPanel';
import { ProposalDocumentsPanel } from '../features/documents/components/ProposalDocumentsPanel';
import { SendUpPanel } from '../features/exchange/components/SendUpPanel';
import { ProposalPage } from '../features/proposals/components/ProposalPage';

// The proposal page shows the panel that sends a dossier up as a package (and where it is) when the
// upper level decides, the decision form when a decision is due (the upper level's decision
// when the proposal went up), the dossier's own documents (Tờ trình) at any step, and the
// decision's documents and awards (with revocation) once decided; the features meet here,
// so neither imports the other.
export function ProposalPageWithSlots({ proposalId }: { proposalId: string }) {
  return (
    <ProposalPage
      proposalId={proposalId}
      slots={{
        decision: (proposal, onIssued) =>
          proposal.state === 'PROPOSED_UP' ? (
            <ExternalDecisionPanel proposal={proposal} onRecorded={onIssued} />
          ) : (
            <IssueDecisionPanel proposal={proposal} onIssued={onIssued} />
          ),
        upperLevel: (proposal, onSent) => <SendUpPanel proposal={proposal} onSent={onSent} />,
        awards: (proposal, onChanged) => <DecisionAwardsPanel proposal={proposal} onChanged={onChanged} />,
        documents: (decisionId) => <DecisionDocumentsPanel decisionId={decisionId} />,
        proposalDocuments: (proposal) => <ProposalDocumentsPanel proposal={proposal} />,
      }}
    />
  );
}
