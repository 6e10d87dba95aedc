import type { Page } from '@playwright/test';
import { confirmMinutesDrafts, type ProposalView } from './proposal-setup';
import { getJson, postJson, signIn, unitIds } from './workflow-api';

type Proposal = Omit<ProposalView, 'components'> & {
  components: { name: string; present: boolean; awaitingConfirmation?: boolean }[];
};

/**
 * A Giấy khen dossier of Sở Giáo dục for new people, taken through the workflow by the
 * administrator and signed by the Sở's director: an issued decision whose money (710.000 đ per
 * Giấy khen) awaits the fund's payment, with its proposal's id (the page that shows it). Leaves
 * the administrator signed in.
 */
export async function issuedGiayKhenDecision(page: Page, names: string[]) {
  await signIn(page, 'quantri');
  const unitId = (await unitIds(page)).SGDDT;
  const people: string[] = [];
  for (const fullName of names) {
    const person = await postJson<{ id: string }>(page, '/api/people', { fullName, gender: 'NU', unitId });
    await postJson(page, '/api/ratings', { subjectId: person.id, year: 2025, rating: 'HTXSNV' });
    people.push(person.id);
  }
  const created = await postJson<{ proposals: Proposal[] }>(page, '/api/proposals', {
    kind: 'CONG_TRANG',
    title: 'Đề nghị tặng Giấy khen năm 2025 (chi tiền thưởng từ Quỹ)',
    year: 2025,
    submittingUnitId: unitId,
    items: people.map((subjectId) => ({ subjectType: 'PERSON', subjectId, awardCode: 'GIAY_KHEN' })),
  });
  let p = created.proposals[0] as Proposal;
  const step = async (action: string, body: Record<string, unknown> = {}) => {
    p = await postJson<Proposal>(page, `/api/proposals/${p.id}/${action}`, {
      expectedVersion: p.version,
      ...body,
    });
  };
  for (const c of p.components.filter((c) => !c.present))
    await step('components', { component: c.name, generated: true });
  await confirmMinutesDrafts(
    page,
    () => p,
    (next) => {
      p = next as Proposal;
    },
  );
  const director = await getJson<{ user: { id: string } }>(page, '/api/auth/me');
  await signIn(page, 'quantri');
  await step('submit-for-review');
  await step('submit', { ineligibleReason: 'Đơn vị đề nghị xem xét thành tích trong năm' });
  for (const action of ['receive', 'start-appraisal']) await step(action);
  for (const item of p.items) await step('appraise-item', { itemId: item.id });
  await step('complete-appraisal');
  const issued = await postJson<{ decision: { id: string; number: string } }>(page, '/api/decisions/issue', {
    proposalId: p.id,
    expectedVersion: p.version,
    signedOn: '2026-02-05',
    signerUserId: director.user.id,
    signer: 'Tạ Quang Vinh',
    approvedItemIds: p.items.map((i) => i.id),
  });
  return { ...issued.decision, proposalId: p.id };
}
