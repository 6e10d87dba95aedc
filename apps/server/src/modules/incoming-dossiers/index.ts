// What other modules and app.ts use of the incoming dossiers (a child tenant's dossiers at the
// receiving tenant): the exchange's handler of a received DOSSIER package, passed in at composition.
export { receiveIncomingDossier } from './incoming-dossier-receive';
export { incomingDossierRef } from './incoming-dossiers-access';
