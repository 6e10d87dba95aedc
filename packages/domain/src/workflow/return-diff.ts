// What changed in a resubmission, read against the reasons the dossier was returned for, so the
// office (and the submitter) see at a glance whether each reason was addressed.
import type { ReturnReason } from './commands';

export type DossierSnapshot = {
  /** Component name → SHA-256 of its file, or "GENERATED"; absent: missing. */
  readonly components: Readonly<Record<string, string>>;
  /** Item id → award code and subject (the name, kept since returns of December 2026, labels a removed item). */
  readonly items: Readonly<
    Record<string, { readonly award: string; readonly subjectId: string; readonly name?: string }>
  >;
};

export type DossierChange =
  | {
      readonly kind: 'COMPONENT_ADDED' | 'COMPONENT_REPLACED' | 'COMPONENT_REMOVED';
      readonly component: string;
    }
  | {
      readonly kind: 'ITEM_ADDED' | 'ITEM_REMOVED' | 'ITEM_AWARD_CHANGED';
      readonly itemId: string;
      /** The nominee's name and award, so a removed item can still be named. */
      readonly name?: string;
      readonly award?: string;
    };

export type ReasonOutcome = {
  readonly reason: ReturnReason;
  /** null: the reason cannot be checked mechanically (OTHER, WRONG_LEVEL); the office judges. */
  readonly addressed: boolean | null;
  readonly changes: readonly DossierChange[];
};

export function diffSnapshots(before: DossierSnapshot, after: DossierSnapshot): DossierChange[] {
  const out: DossierChange[] = [];
  for (const [name, hash] of Object.entries(after.components)) {
    const old = before.components[name];
    if (old === undefined) out.push({ kind: 'COMPONENT_ADDED', component: name });
    else if (old !== hash) out.push({ kind: 'COMPONENT_REPLACED', component: name });
  }
  for (const name of Object.keys(before.components))
    if (!(name in after.components)) out.push({ kind: 'COMPONENT_REMOVED', component: name });
  for (const [id, item] of Object.entries(after.items)) {
    const old = before.items[id];
    const label = { ...(item.name ? { name: item.name } : {}), award: item.award };
    if (!old) out.push({ kind: 'ITEM_ADDED', itemId: id, ...label });
    else if (old.award !== item.award) out.push({ kind: 'ITEM_AWARD_CHANGED', itemId: id, ...label });
  }
  for (const [id, item] of Object.entries(before.items))
    if (!(id in after.items))
      out.push({
        kind: 'ITEM_REMOVED',
        itemId: id,
        ...(item.name ? { name: item.name } : {}),
        award: item.award,
      });
  return out;
}

/** Each return reason with the changes that concern it. */
export function diffAgainstReasons(
  reasons: readonly ReturnReason[],
  before: DossierSnapshot,
  after: DossierSnapshot,
): ReasonOutcome[] {
  const changes = diffSnapshots(before, after);
  return reasons.map((reason) => {
    if (reason.code === 'MISSING_COMPONENT' || reason.code === 'INCORRECT_COMPONENT') {
      const mine = changes.filter((c) => 'component' in c && c.component === reason.component);
      const present = reason.component !== undefined && reason.component in after.components;
      return {
        reason,
        addressed: present && mine.some((c) => c.kind !== 'COMPONENT_REMOVED'),
        changes: mine,
      };
    }
    if (reason.code === 'INELIGIBLE_ITEM') {
      const mine = changes.filter((c) => 'itemId' in c && c.itemId === reason.itemId);
      return { reason, addressed: mine.some((c) => c.kind !== 'ITEM_ADDED'), changes: mine };
    }
    return { reason, addressed: null, changes };
  });
}
