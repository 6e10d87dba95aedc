import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, login } from './support/login';
import { getJson, postFile, postJson, signIn, unitIds } from './support/workflow-api';

type Sheet = { cells: { criterionId: string; scoreId: string | null }[] };
type Cluster = { id: string; template: { criteria: { id: string }[] } | null };

async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Self-scores a member through the API as its own officer, and submits. */
async function selfScore(page: Page, username: string, clusterId: string, unitId: string, values: number[]) {
  await signIn(page, username);
  const cluster = await getJson<Cluster>(page, `/api/clusters/${clusterId}`);
  const criteria = cluster.template!.criteria;
  const ref = { memberUnitId: unitId, assessorUnitId: unitId };
  const sheet = await postJson<Sheet>(page, `/api/clusters/${clusterId}/scores`, {
    ...ref,
    entries: criteria.map((c, i) => ({ criterionId: c.id, value: values[i] })),
  });
  await postJson(page, `/api/clusters/${clusterId}/scores/submit`, ref);
  return sheet;
}

test.describe('cụm, khối thi đua', () => {
  test('tạo cụm 5 đơn vị, tự chấm, cụm trưởng chấm chéo và sửa điểm có lý do, xếp hạng, bỏ phiếu suy tôn và đề nghị Cờ thi đua; trang phong trào', async ({
    page,
  }) => {
    const suffix = Date.now().toString(36);
    await signIn(page, 'quantri');
    const ids = await unitIds(page);
    const members = ['SGDDT', 'SYT', 'STC', 'SXD', 'SKHCN'].map((c) => ids[c]!);
    for (const [code, unit] of [
      ['syt', 'SYT'],
      ['stc', 'STC'],
    ] as const) {
      await postJson(page, '/api/users', {
        username: `canbo.${code}.${suffix}`,
        fullName: `Cán bộ ${unit}`,
        password: DEMO_PASSWORD,
        roles: ['UNIT_OFFICER'],
        unitId: ids[unit],
      });
    }
    const name = `Cụm thi đua thử nghiệm ${suffix}`;
    const cluster = await postJson<Cluster>(page, '/api/clusters', {
      year: 2025,
      name,
      kind: 'CUM',
      organiserLevel: 'TINH',
      organiserUnitId: ids.UBND,
      memberUnitIds: members,
      headUnitId: ids.SGDDT,
      deputyUnitId: ids.SYT,
    });
    await postJson(page, `/api/clusters/${cluster.id}/template`, {
      name: 'Bảng chấm điểm thử nghiệm',
      criteria: [
        { groupName: 'I', code: '1', name: 'Kết quả nhiệm vụ', kind: 'STANDARD', maxPoints: 60 },
        { groupName: 'II', code: '2', name: 'Công tác thi đua', kind: 'STANDARD', maxPoints: 40 },
      ],
    });

    // Three unit officers self-score; the Sở Giáo dục officer attaches evidence.
    const own = await selfScore(page, 'canbo.sogd', cluster.id, ids.SGDDT!, [55, 35]);
    await postFile(
      page,
      `/api/scores/${own.cells[0]!.scoreId}/evidence`,
      'minh-chung.pdf',
      Buffer.from('%PDF-1.4\n% minh chứng\n%%EOF\n'),
    );
    await selfScore(page, `canbo.syt.${suffix}`, cluster.id, ids.SYT!, [50, 30]);
    await selfScore(page, `canbo.stc.${suffix}`, cluster.id, ids.STC!, [45, 38]);

    // The head (Sở Giáo dục) cross-scores Sở Y tế in the browser, then corrects a submitted score.
    await page.context().clearCookies();
    await login(page, 'canbo.sogd');
    await page.goto(`/cum-khoi/${cluster.id}`);
    await expect(page.getByTestId('page-title')).toHaveText(name);
    await choose(page, 'score-member', 'Sở Y tế');
    await choose(page, 'score-assessor', 'Sở Giáo dục và Đào tạo');
    const inputs = page.getByTestId('score-input');
    // A score above the criterion's maximum is refused with a message, not capped to it.
    await inputs.nth(0).fill('480');
    await inputs.nth(1).fill('0');
    await expect(page.getByText(/^Giá trị phải từ 0 đến \d+/)).toBeVisible();
    await expect(inputs.nth(0)).toHaveValue('480');
    await expect(page.getByTestId('score-submit')).toBeDisabled();
    await inputs.nth(0).fill('48');
    await page.getByTestId('score-save').click();
    await expect(page.getByTestId('score-total')).toContainText('48');
    // Submitting the sheet is confirmed first.
    await page.getByTestId('score-submit').click();
    await page.getByTestId('score-submit-confirm').click();
    await expect(page.getByTestId('score-status')).toHaveText('Đã nộp');

    await page.getByTestId('score-edit').first().click();
    await page.getByTestId('score-edit-value').fill('46');
    await page.getByTestId('score-edit-save').click();
    await expect(page.getByTestId('score-edit-error')).toContainText('lý do');
    await page.getByTestId('score-edit-reason').fill('Thiếu minh chứng chỉ tiêu 1');
    await page.getByTestId('score-edit-save').click();
    const change = page.getByTestId('score-change-row');
    await expect(change).toContainText('Thiếu minh chứng chỉ tiêu 1');
    await expect(change).toContainText('48');
    await expect(change).toContainText('46');

    // The ranking lists all five members, Sở Giáo dục first (90 points self-scored).
    const rows = page.getByTestId('cluster-ranking-row');
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toContainText('Sở Giáo dục và Đào tạo');
    await expect(page.getByTestId('cluster-not-submitted')).toContainText('Sở Xây dựng');

    // Members vote for the leading unit (suy tôn), secretly. The organiser opens the vote; two
    // officers vote through the API, the Sở Giáo dục officer in the browser (for Sở Y tế).
    await signIn(page, 'quantri');
    await postJson(page, `/api/clusters/${cluster.id}/vote`, {});
    for (const code of ['syt', 'stc'] as const) {
      await signIn(page, `canbo.${code}.${suffix}`);
      await postJson(page, `/api/clusters/${cluster.id}/vote/ballots`, {
        voterUnitId: ids[code === 'syt' ? 'SYT' : 'STC'],
        candidateUnitId: ids.SGDDT,
      });
    }
    await page.context().clearCookies();
    await login(page, 'canbo.sogd');
    await page.goto(`/cum-khoi/${cluster.id}`);
    const vote = page.getByTestId('cluster-vote');
    await expect(vote.getByTestId('vote-progress')).toHaveText('Đã bỏ phiếu: 2/5 đơn vị');
    await vote.getByRole('radio', { name: /^Sở Y tế/ }).check();
    await vote.getByTestId('vote-cast').click();
    await expect(page.getByRole('dialog')).toContainText(
      'Bỏ phiếu cho Sở Y tế thay mặt Sở Giáo dục và Đào tạo',
    );
    await page.getByTestId('vote-cast-confirm').click();
    await expect(vote.getByTestId('vote-progress')).toHaveText('Đã bỏ phiếu: 3/5 đơn vị');
    await expect(
      vote.getByTestId('vote-voter-row').filter({ hasText: 'Sở Giáo dục và Đào tạo' }),
    ).toContainText('Đã bỏ phiếu');
    // Who has voted is shown, how is not: no tallies while the vote is open, and no second ballot.
    await expect(vote.getByTestId('vote-results')).toHaveCount(0);
    await expect(vote.getByTestId('vote-cast')).toHaveCount(0);

    // The organiser closes the vote; the leader is proposed for Cờ thi đua tỉnh in one step.
    await page.context().clearCookies();
    await login(page, 'quantri');
    await page.goto(`/cum-khoi/${cluster.id}`);
    await vote.getByTestId('vote-close').click();
    await page.getByTestId('vote-close-confirm').click();
    await expect(vote.getByTestId('vote-result')).toHaveText('Sở Giáo dục và Đào tạo dẫn đầu: 2/3 phiếu.');
    await expect(vote.getByTestId('vote-result-row').first()).toContainText('Đơn vị dẫn đầu');
    await vote.getByTestId('vote-propose').click();
    await expect(page.getByRole('dialog')).toContainText('Cờ thi đua bộ, ban, ngành, tỉnh');
    await page.getByTestId('vote-propose-confirm').click();
    await expect(page).toHaveURL(/\/ho-so-de-nghi\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('proposal-state')).toHaveAttribute('data-state', 'DRAFT');
    const item = page.getByTestId('item-row').filter({ hasText: 'Sở Giáo dục và Đào tạo' });
    await expect(item).toContainText('Cờ thi đua');
    await expect(item.getByTestId('item-citation').filter({ hasText: 'Không dẫn đầu cụm' })).toHaveCount(0);
    const proposalId = page.url().split('/').at(-1)!;
    // The engine's verdict on the item sees the unit's cluster leadership from the vote.
    const created = await getJson<{ items: { awardCode: string; verdict: unknown }[] }>(
      page,
      `/api/proposals/${proposalId}`,
    );
    expect(created.items.map((i) => i.awardCode)).toEqual(['CO_BO_TINH']);
    expect(JSON.stringify(created.items[0]!.verdict)).toContain(
      'Dẫn đầu cụm, khối thi đua do bộ, ban, ngành, tỉnh tổ chức năm 2025',
    );
    // It appears in "Hồ sơ đề nghị".
    await page.goto('/ho-so-de-nghi');
    await page.getByTestId('proposal-tab-all').click();
    await expect(
      page.locator(`[data-testid="proposal-row"][data-proposal-id="${proposalId}"]`),
    ).toContainText('Sở Giáo dục và Đào tạo');

    // A thematic movement's page lists its registrations and resulting awards.
    await signIn(page, 'quantri');
    const movement = await postJson<{ id: string }>(page, '/api/movements', {
      form: 'CHUYEN_DE',
      ownerUnitId: ids.UBND,
      title: `Chung sức xây dựng nông thôn mới ${suffix}`,
      year: 2025,
      launchingAuthority: 'Chủ tịch UBND tỉnh',
      level: 'BO_TINH',
      scope: 'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
      participation: 'TENANT',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
    await postJson(page, '/api/registrations', {
      year: 2025,
      movementId: movement.id,
      unitId: ids['X-PHUMY'],
      targetAwards: ['BK_BO_TINH'],
    });
    const given = await postJson<{ kind: string }>(page, `/api/movements/${movement.id}/awards`, {
      subjectType: 'COLLECTIVE',
      subjectId: ids['X-PHUMY'],
      awardCode: 'BK_BO_TINH',
      year: 2025,
      decisionNumber: `${suffix}/QĐ-UBND`,
    });
    expect(given.kind).toBe('CHUYEN_DE');
    await page.goto(`/phong-trao/${movement.id}`);
    await expect(page.getByTestId('movement-registration-row')).toContainText('Xã Phú Mỹ');
    await expect(page.getByTestId('movement-award-row')).toContainText('Xã Phú Mỹ');
  });

  test('trang phong trào trên dữ liệu mẫu liệt kê đăng ký và khen thưởng', async ({ page }) => {
    await login(page, 'quantri');
    const { items } = await getJson<{ items: { id: string; title: string }[] }>(
      page,
      '/api/movements?year=2025',
    );
    const thematic = items.find((m) => m.title === 'Chung sức xây dựng nông thôn mới');
    expect(thematic, 'dữ liệu mẫu phải có phong trào chuyên đề').toBeTruthy();
    await page.goto(`/phong-trao/${thematic!.id}`);
    await expect(page.getByTestId('movement-registration-row').first()).toBeVisible();
    await expect(page.getByTestId('movement-award-row').first()).toBeVisible();
  });
});
