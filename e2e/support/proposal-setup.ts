import type { Page } from '@playwright/test';
import { createNominee, postJson, signIn, unitIds } from './workflow-api';

// A dossier brought through the API to the province office's appraisal (the UI path is
// e2e/proposals.spec.ts): Sở Giáo dục proposes one new person for `awardCode`, completes the
// components, submits, and the office receives it and starts the appraisal.

export type ProposalView = {
  id: string;
  version: number;
  items: { id: string }[];
  components: { name: string; awaitingConfirmation?: boolean }[];
};

/**
 * The Sở's director (lanhdao.sogd) confirms the generated minutes drafts: a draft counts as the
 * unit's minutes only once its leader confirms it. Leaves the director signed in.
 */
export async function confirmMinutesDrafts(
  page: Page,
  current: () => ProposalView,
  set: (p: ProposalView) => void,
) {
  const drafts = current().components.filter((c) => c.awaitingConfirmation);
  if (drafts.length === 0) return;
  await signIn(page, 'lanhdao.sogd');
  for (const c of drafts)
    set(
      await postJson<ProposalView>(page, `/api/proposals/${current().id}/components/confirm-minutes`, {
        expectedVersion: current().version,
        component: c.name,
      }),
    );
}

export async function proposalUnderAppraisal(
  page: Page,
  opts: { title: string; nominee: string; awardCode: string; withInitiative: boolean },
) {
  await signIn(page, 'quantri');
  const units = await unitIds(page);
  const personId = await createNominee(page, units.SGDDT ?? '', opts.nominee, 2025, opts.withInitiative);
  await signIn(page, 'canbo.sogd');
  const created = await postJson<{ proposals: ProposalView[] }>(page, '/api/proposals', {
    kind: 'CONG_TRANG',
    title: opts.title,
    year: 2025,
    submittingUnitId: units.SGDDT,
    items: [{ subjectType: 'PERSON', subjectId: personId, awardCode: opts.awardCode }],
  });
  let p = created.proposals[0] as ProposalView;
  /** One workflow command on the proposal, at its current version. */
  const step = async (path: string, body: Record<string, unknown> = {}) => {
    p = await postJson<ProposalView>(page, `/api/proposals/${p.id}/${path}`, {
      expectedVersion: p.version,
      ...body,
    });
    return p;
  };
  for (const c of p.components) await step('components', { component: c.name, generated: true });
  await confirmMinutesDrafts(
    page,
    () => p,
    (next) => {
      p = next;
    },
  );
  await signIn(page, 'canbo.sogd');
  await step('submit-for-review');
  // Whoever the engine still finds ineligible goes on with the officer's reason (issue 11).
  await step('submit', { ineligibleReason: 'Đơn vị đề nghị Hội đồng xem xét thành tích' });
  await signIn(page, 'thamdinh');
  await step('receive');
  await step('start-appraisal');
  return { units, step, current: () => p };
}
