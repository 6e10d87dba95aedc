// What other modules use of the tenants: which tenant a public server shows.
export { type PortalTenant, portalTenant } from './public-tenant';
export { createUserRecord, personNameColumns } from './tenant-setup';
