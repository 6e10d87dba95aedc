// Routing: which level's office receives a proposal, through which levels (Law 2022, Điều 83:
// the managing level proposes to the next; a unit cannot skip its level; Điều 80: who decides).
import type { DeciderRole } from '../rules/params';

/** The decider roles an org unit's head holds, by org-unit type (Law 2022, Điều 80). */
export const UNIT_TYPE_DECIDERS: Readonly<Record<string, readonly DeciderRole[]>> = {
  UBND_TINH: ['CHU_TICH_UBND_TINH'],
  BO: ['BO_TRUONG'],
  SO_BAN_NGANH: ['THU_TRUONG_SO'],
  XA_PHUONG: ['CHU_TICH_UBND_XA'],
  DON_VI_SU_NGHIEP: ['THU_TRUONG_DON_VI'],
  DOANH_NGHIEP: ['GIAM_DOC_DOANH_NGHIEP'],
};

/** Deciders above any tenant: the tenant's top level proposes up to them ("trình"). */
export const STATE_DECIDERS: readonly DeciderRole[] = ['THU_TUONG', 'CHU_TICH_NUOC'];

export type RouteUnit = { readonly id: string; readonly type: string; readonly name: string };

export type Route =
  | {
      readonly ok: true;
      /** Receiving units in order; the last one appraises and decides (or proposes up). */
      readonly levels: readonly string[];
      readonly deciderRole: DeciderRole;
      readonly proposeUp: boolean;
    }
  | { readonly ok: false; readonly message: string };

/**
 * The route of an item from the submitting unit. `chain` is the submitting unit first, then each
 * parent up to the tenant's root. The nearest unit whose head may decide receives; every level in
 * between receives first and forwards. A unit may decide its own award (its own TĐKT council).
 */
export function routeFor(chain: readonly RouteUnit[], deciders: readonly DeciderRole[]): Route {
  for (let i = 0; i < chain.length; i += 1) {
    const unit = chain[i] as RouteUnit;
    const role = (UNIT_TYPE_DECIDERS[unit.type] ?? []).find((r) => deciders.includes(r));
    if (role) {
      const levels = (i === 0 ? chain.slice(0, 1) : chain.slice(1, i + 1)).map((u) => u.id);
      return { ok: true, levels, deciderRole: role, proposeUp: false };
    }
  }
  const upper = STATE_DECIDERS.find((r) => deciders.includes(r));
  if (upper && chain.length > 0) {
    const levels = (chain.length === 1 ? chain : chain.slice(1)).map((u) => u.id);
    return { ok: true, levels, deciderRole: upper, proposeUp: true };
  }
  return {
    ok: false,
    message: `Không có cấp nào từ ${chain[0]?.name ?? 'đơn vị'} trở lên có thẩm quyền quyết định hình thức này`,
  };
}

/** Items grouped by their route; more than one group means the proposal must be split. */
export function groupByRoute<T>(items: readonly { item: T; route: Route & { ok: true } }[]) {
  const groups = new Map<string, { route: Route & { ok: true }; items: T[] }>();
  for (const { item, route } of items) {
    const key = `${route.levels.join('>')}|${route.proposeUp}`;
    const g = groups.get(key) ?? { route, items: [] };
    g.items.push(item);
    groups.set(key, g);
  }
  return [...groups.values()];
}
