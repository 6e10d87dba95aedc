// What other modules use of eligibility: the one judgement (judge.ts) and the histories it reads.
export {
  type ItemQuestion,
  judgeItems,
  judgeSubjects,
  loadHistories,
  loadRuleSets,
  type SubjectRef,
} from './judge';
