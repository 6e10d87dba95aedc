import { ROLE_PERMISSIONS } from '@vinhdanh/domain/auth/permissions';
import { ROLES, type Role } from '@vinhdanh/domain/auth/roles';
import { expect, it } from 'vitest';
import { type Access, registeredRoutes } from './lib/route';
import { ApiClient } from './test/client';
import { describeEngines, shareOf } from './test/engines';
import { TEST_PASSWORD } from './test/fixtures';
import { ROUTE_SAMPLES, type SampleSpec, type Scope } from './test/route-samples';

const SCOPES: Scope[] = ['own', 'otherUnit', 'otherTenant'];

function key(method: string, path: string) {
  return `${method} ${path}`;
}

function expected(access: Access, spec: SampleSpec, role: Role, scope: Scope): boolean {
  if ('public' in access) return true;
  // A citizen reaches only the routes marked for citizens; officers never reach the citizen's own.
  if ('citizen' in access) return role === 'CITIZEN';
  if ('authenticated' in access) return role !== 'CITIZEN' || access.citizens === true;
  if (!ROLE_PERMISSIONS[role].includes(access.permission)) return false;
  // Every matrix user is scoped to a sub-unit, never the tenant root.
  if (spec.kind === 'tenantWide') return false;
  return spec.kind === 'unscoped' || scope === 'own';
}

describeEngines('authorization matrix', (env, engine) => {
  it('has a sample for every mounted API route, and every route has an access rule', () => {
    const mounted = env()
      .app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
      .map((r) => key(r.method, r.path.replace(/:(\w+)/g, '{$1}')));
    const registered = registeredRoutes().map((r) => key(r.method, r.path));
    // Each route once: a registry that repeated them made this suite and bad-input walk every
    // route many times over in a worker that keeps its modules between files.
    expect(registered.length).toBe(new Set(registered).size);
    expect([...new Set(mounted)].sort()).toEqual([...new Set(registered)].sort());
    expect(Object.keys(ROUTE_SAMPLES).sort()).toEqual([...new Set(registered)].sort());
  });

  it('refuses every non-public route to an anonymous caller', async () => {
    const anonymous = new ApiClient(env().app);
    for (const route of registeredRoutes().filter((r) => !('public' in r.access))) {
      const sample = await ROUTE_SAMPLES[key(route.method, route.path)]!.build({
        db: env().database.db,
        fx: env().fx,
        scope: 'own',
        username: '',
        password: '',
      });
      const res = await anonymous.request(route.method, sample.path, sample.body);
      expect(res.status, `${route.method} ${route.path}`).toBe(401);
    }
  });

  // A role's walk asks the policies and the scope queries, which answer the same on both engines
  // (PGlite is PostgreSQL): each role walks once, on one engine in turn, which halves the suite.
  for (const role of shareOf(ROLES, engine)) {
    it(`enforces the policy for ${role} on every route × scope`, async () => {
      const { app, fx, database } = env();
      const username = fx.users[role];
      const outcomes: string[] = [];
      // One session per role (argon2 makes each login slow). Login and logout replace or end
      // a session, so they run on clients of their own.
      const session = await ApiClient.login(app, username);
      const clientFor = async (path: string) =>
        path === '/api/auth/login'
          ? new ApiClient(app)
          : path === '/api/auth/logout'
            ? await ApiClient.login(app, username)
            : session;
      for (const route of registeredRoutes()) {
        const spec = ROUTE_SAMPLES[key(route.method, route.path)]!;
        for (const scope of SCOPES) {
          if (spec.kind !== 'scoped' && scope !== 'own') continue;
          const client = await clientFor(route.path);
          const sample = await spec.build({ db: database.db, fx, scope, username, password: TEST_PASSWORD });
          const res = await client.request(route.method, sample.path, sample.body);
          const allowed = res.status < 300;
          const want = expected(route.access, spec, role, scope);
          if (allowed !== want || (!allowed && ![403, 404].includes(res.status))) {
            outcomes.push(
              `${route.method} ${route.path} [${scope}] → ${res.status} ${JSON.stringify(res.body?.error ?? '')}, expected ${want ? 'allowed' : 'denied'}`,
            );
          }
          // Lists must never carry rows of another unit or tenant.
          if (allowed && spec.kind === 'unscoped' && res.headers.get('content-type')?.includes('json')) {
            const text = JSON.stringify(res.body);
            for (const foreign of [fx.other.id, fx.unitB.id, fx.people.other, fx.people.tenantB]) {
              if (text.includes(foreign)) outcomes.push(`${route.method} ${route.path} leaks ${foreign}`);
            }
          }
        }
      }
      expect(outcomes).toEqual([]);
      // ~300 routes × 3 scopes per role: one role took 60–200 s on a loaded 2-core machine. The
      // limit only catches a hang; how fast it runs is the bench's business, not this test's.
    }, 600_000);
  }

  it('lets an actor scoped to the tenant root read the audit log', async () => {
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    const res = await admin.get('/api/audit');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
  });
});
