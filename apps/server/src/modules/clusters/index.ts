// What other modules use of clusters: its public surface; no other module imports its repositories.
export { countClusterLeaders, leadershipOf } from './cluster-vote.repository';
