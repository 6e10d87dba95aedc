// The schema that drizzle-kit reads to generate migrations.
export * from './audit';
export * from './auth';
export * from './ballots';
export * from './complaints';
export * from './documents';
export * from './emulation';
export * from './imports';
export * from './notices';
export * from './oidc';
export * from './org-unit';
export * from './outbox';
export * from './person';
export * from './portal';
export * from './proposals';
export * from './records';
export * from './reports';
export * from './tenant';
