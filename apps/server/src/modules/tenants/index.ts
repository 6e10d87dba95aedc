// What other modules use of the tenants: which tenant a public server shows.
export { type PortalTenant, portalTenant } from './public-tenant';
export { type TenantNames, tenantWithParent } from './tenant-parent';
export { createUserRecord, personNameColumns } from './tenant-setup';
