// What other modules use of tenant-awards: its public surface; no other module imports its repositories.
export { listTenantAwards, toTenantAward } from './tenant-awards.repository';
export { awardCatalogueQuery, catalogueAwardOutput } from './tenant-awards.schemas';
