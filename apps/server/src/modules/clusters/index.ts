// What other modules use of clusters: its public surface; no other module imports its repositories.
export { countClusterLeaders, leadershipOf } from './cluster-vote.repository';
// The vote's proposal for its leader: the route is the proposals module's (it makes the proposal).
export { proposeLeaderInput } from './cluster-vote.schemas';
export { proposeLeader } from './cluster-vote.service';
