// What other modules use of eligibility: the one judgement (judge.ts) and the histories it reads;
// the server starts the job that keeps the stored verdicts fresh.
export { refreshOnce, skipStaleMarking, startEligibilityJob } from './eligibility-refresh';
export {
  type ItemQuestion,
  judgeItems,
  judgeSubjects,
  loadHistories,
  loadRuleSets,
  type SubjectRef,
} from './judge';
