import type { Page } from '@playwright/test';
import { proposalUnderAppraisal } from './proposal-setup';
import { createCouncilMember, getJson, signIn, unitIds } from './workflow-api';

// A dossier brought to the council stage through the API (the UI path is e2e/proposals.spec.ts):
// Sở Giáo dục proposes one eligible person for Chiến sĩ thi đua cấp tỉnh, the province's office
// appraises it and opens the council vote at the UBND tỉnh.

export async function proposalAwaitingCouncil(page: Page, opts: { title: string; nominee: string }) {
  const { units, step, current } = await proposalUnderAppraisal(page, {
    ...opts,
    awardCode: 'CSTD_BO_TINH',
    withInitiative: true,
  });
  await step('appraise-item', { itemId: current().items[0]?.id });
  await step('open-council');
  return { proposalId: current().id, units };
}

/** A council member of the province (works at Sở Y tế, scoped to the UBND tỉnh), made by the admin. */
export async function provinceCouncilMember(page: Page, fullName: string) {
  await signIn(page, 'quantri');
  const units = await unitIds(page);
  const username = `uyvien.${Date.now().toString(36)}`;
  return createCouncilMember(page, username, fullName, units.SYT ?? '', units.UBND ?? '');
}

/** The demo province's council members (seed-demo.ts): five, the default minimum council. */
export const DEMO_COUNCIL = [
  { username: 'hoidong', fullName: 'Đặng Quang Huy' },
  { username: 'hoidong2', fullName: 'Vương Thị Hạnh' },
  { username: 'hoidong3', fullName: 'Lạc Văn Quý' },
  { username: 'hoidong4', fullName: 'Đoàn Thị Thảo' },
  { username: 'hoidong5', fullName: 'Mạc Đăng Khoa' },
];

/** The ids of the demo council members, as the secretary's member picker offers them. */
export async function demoCouncilIds(page: Page, ubndId: string) {
  await signIn(page, 'thuky');
  const res = await getJson<{ items: { id: string; fullName: string }[] }>(
    page,
    `/api/councils/member-candidates?unitId=${ubndId}`,
  );
  return DEMO_COUNCIL.map((m) => {
    const found = res.items.find((i) => i.fullName === m.fullName);
    if (!found) throw new Error(`demo council member ${m.fullName} not offered`);
    return { ...m, id: found.id };
  });
}
