// What other modules use of ballots: its public surface (ARCHITECTURE.md, "How to add a module").
export { castSealedBallot, closeBallotBox, countOf, openBallotBox, talliesIfClosed } from './ballot-box';
