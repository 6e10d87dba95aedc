import { expect, type Page, test } from '@playwright/test';
import { DEMO_COUNCIL, demoCouncilIds, proposalAwaitingCouncil } from './support/council-setup';
import { settled, visibleHeaderCells, widthFaults } from './support/layout';
import { login } from './support/login';
import { getJson, postJson, signIn } from './support/workflow-api';

// Issue 11 item 7, width. At 1,280 px every console page with a table shows each header cell whole
// and does not scroll sideways (a wide table scrolls inside its own container); at 390 px the
// dashboard, a dossier, a council ballot and a person page do not scroll sideways. Every fault of a
// run is reported at once, each naming its page and cell.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

type Stop = { where: string; path: string; prepare?: (page: Page) => Promise<void> };

/** Measures the page, then again after opening each of its tabs in turn (tables hide behind them). */
async function checkPage(page: Page, stop: Stop, faults: string[]): Promise<number> {
  await page.goto(stop.path);
  await expect(page.getByTestId('header-user-name')).toBeVisible();
  await settled(page);
  await stop.prepare?.(page);
  await settled(page);
  faults.push(...(await widthFaults(page, stop.where)));
  let cells = await visibleHeaderCells(page);
  const tabs = page.locator('main [role="tab"]:visible');
  const names = await tabs.allInnerTexts();
  for (const [i, name] of names.entries()) {
    if ((await tabs.nth(i).getAttribute('aria-selected')) === 'true' && i === 0) continue;
    await tabs.nth(i).click();
    await settled(page);
    faults.push(...(await widthFaults(page, `${stop.where} › thẻ "${name.trim()}"`)));
    cells += await visibleHeaderCells(page);
  }
  return cells;
}

async function checkAll(page: Page, stops: Stop[]) {
  await page.setViewportSize(DESKTOP);
  const faults: string[] = [];
  const cells: string[] = [];
  for (const stop of stops) cells.push(`${stop.where}: ${await checkPage(page, stop, faults)}`);
  // Printed so a run's report says how much was measured.
  console.log(`[layout-width] ${stops.length} trang, số ô tiêu đề đã đo — ${cells.join('; ')}`);
  expect(faults, faults.join('\n')).toEqual([]);
}

test('ở 1.280 px các bảng của quản trị hiện đủ tiêu đề cột và trang không cuộn ngang', async ({ page }) => {
  test.setTimeout(240_000);
  await login(page, 'quantri');
  const units = Object.fromEntries(
    (await getJson<{ items: { id: string; code: string }[] }>(page, '/api/org-units')).items.map((u) => [
      u.code,
      u.id,
    ]),
  );
  const awards = await getJson<{ items: { subjectType: string; subjectId: string }[] }>(
    page,
    '/api/awards?pageSize=50',
  );
  const personId = awards.items.find((a) => a.subjectType === 'PERSON')?.subjectId;
  const proposals = await getJson<{ items: { id: string }[] }>(page, '/api/proposals?pageSize=5');
  const movements = await getJson<{ items: { id: string }[] }>(page, '/api/movements?year=2025');
  const clusters = await getJson<{ items: { id: string }[] }>(page, '/api/clusters?year=2025');
  expect(personId && proposals.items[0] && movements.items[0] && clusters.items[0]).toBeTruthy();

  const forms = ['0601', '0602', '0603'].map(
    (form): Stop => ({
      where: `Thống kê, biểu ${form}`,
      path: '/thong-ke',
      prepare: async (p) => {
        await p.getByTestId('form-select').click();
        await p.getByRole('option', { name: new RegExp(`^${form}`) }).click();
        await expect(p.getByTestId('form-title')).toContainText(form);
      },
    }),
  );
  await checkAll(page, [
    { where: 'Tổng quan', path: '/' },
    { where: 'Việc chờ tôi xử lý', path: '/viec-cho-xu-ly' },
    { where: 'Đơn vị', path: '/don-vi' },
    { where: 'Trang đơn vị Sở Giáo dục', path: `/don-vi/${units.SGDDT}` },
    { where: 'Cá nhân', path: '/ca-nhan' },
    { where: 'Trang cá nhân', path: `/ca-nhan/${personId}` },
    { where: 'Tra cứu khen thưởng', path: '/tra-cuu-khen-thuong' },
    ...forms,
    { where: 'Hồ sơ đề nghị', path: '/ho-so-de-nghi' },
    { where: 'Trang hồ sơ đề nghị', path: `/ho-so-de-nghi/${proposals.items[0]?.id}` },
    { where: 'Hội đồng', path: '/hoi-dong' },
    { where: 'Phong trào', path: '/phong-trao' },
    { where: 'Trang phong trào', path: `/phong-trao/${movements.items[0]?.id}` },
    { where: 'Cụm, khối', path: '/cum-khoi' },
    { where: 'Trang cụm, khối', path: `/cum-khoi/${clusters.items[0]?.id}` },
    { where: 'Tài khoản', path: '/tai-khoan' },
    { where: 'Nhật ký', path: '/nhat-ky' },
    { where: 'Danh hiệu của tỉnh', path: '/danh-hieu-cua-tinh' },
    { where: 'Nhập dữ liệu', path: '/nhap-du-lieu' },
  ]);
});

test('ở 1.280 px quỹ, tạo hồ sơ và tạo phiên họp hiện đủ tiêu đề cột', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(DESKTOP);
  const faults: string[] = [];
  const cells: string[] = [];
  const stops: [string, Stop][] = [
    ['ketoan', { where: 'Quỹ thi đua', path: '/quy-thi-dua' }],
    ['canbo.sogd', { where: 'Tạo hồ sơ đề nghị', path: '/ho-so-de-nghi/moi' }],
    [
      'thuky',
      {
        where: 'Hội đồng › tạo phiên họp',
        path: '/hoi-dong',
        prepare: async (p) => {
          await p.getByTestId('councils-create').click();
          await expect(p.getByTestId('council-form')).toBeVisible();
        },
      },
    ],
  ];
  for (const [username, stop] of stops) {
    await page.context().clearCookies();
    await login(page, username);
    cells.push(`${stop.where}: ${await checkPage(page, stop, faults)}`);
  }
  console.log(`[layout-width] ${stops.length} trang, số ô tiêu đề đã đo — ${cells.join('; ')}`);
  expect(faults, faults.join('\n')).toEqual([]);
});

test('phiên họp ở 1.280 px; ở 390 px tổng quan, hồ sơ, phiếu biểu quyết và trang cá nhân không cuộn ngang', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const { proposalId, units } = await proposalAwaitingCouncil(page, {
    title: `Đề nghị Chiến sĩ thi đua cấp tỉnh, kiểm tra bề ngang ${suffix}`,
    nominee: 'Tôn Nữ Thị Phương Thảo',
  });
  const members = await demoCouncilIds(page, units.UBND ?? '');
  await signIn(page, 'thuky');
  // Met yesterday or before: voting is open without the secretary's "open" (isVotingOpen).
  const session = await postJson<{ id: string }>(page, '/api/councils', {
    unitId: units.UBND,
    title: `Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh, kiểm tra bề ngang ${suffix}`,
    meetingOn: '2026-11-20',
    quorum: 4,
    members: members.map((m) => ({ userId: m.id, isPresent: true })),
    proposalIds: [proposalId],
  });
  const councilUrl = `/hoi-dong/${session.id}`;
  await page.context().clearCookies();

  const member = DEMO_COUNCIL[0]?.username ?? 'hoidong';
  // The API set-up's kept-alive connection may be closed by the server while idle; a reset seen here
  // (twice in five runs, in the login fixture's first request) is absorbed by this throw-away call.
  await page.request.get('/api/health').catch(() => undefined);
  await login(page, member);
  await page.setViewportSize(DESKTOP);
  const faults: string[] = [];
  await checkPage(page, { where: 'Phiên họp (ủy viên)', path: councilUrl }, faults);
  await expect(page.getByTestId('ballot-form')).toBeVisible();

  // The ballot on a phone: the whole page measured, header cells may wrap there.
  await page.setViewportSize(PHONE);
  await page.goto(councilUrl);
  await expect(page.getByTestId('ballot-form')).toBeVisible();
  await settled(page);
  faults.push(...(await widthFaults(page, '390 px › Phiếu biểu quyết', { headers: false })));
  // The choices sit inside the ballot's card (a segmented control does not wrap: it ran out of it).
  const card = await page.getByTestId('ballot-form').boundingBox();
  for (const choice of await page
    .locator('[data-testid^="ballot-choice-"]:not([data-testid="ballot-choice-row"])')
    .all()) {
    const box = await choice.boundingBox();
    if (card && box && box.x + box.width > card.x + card.width)
      faults.push(
        `390 px › Phiếu biểu quyết: lựa chọn vượt khỏi phiếu (${Math.round(box.x + box.width)} > ${Math.round(card.x + card.width)} px)`,
      );
  }

  await page.context().clearCookies();
  await page.setViewportSize(DESKTOP); // the login fixture waits for the header's name, hidden on a phone
  await login(page, 'quantri');
  await page.setViewportSize(PHONE);
  const awards = await getJson<{ items: { subjectType: string; subjectId: string }[] }>(
    page,
    '/api/awards?pageSize=50',
  );
  const personId = awards.items.find((a) => a.subjectType === 'PERSON')?.subjectId;
  for (const [where, path] of [
    ['Tổng quan', '/'],
    ['Trang hồ sơ đề nghị', `/ho-so-de-nghi/${proposalId}`],
    ['Trang cá nhân', `/ca-nhan/${personId}`],
  ] as const) {
    await page.goto(path);
    await expect(page.getByTestId('header-user-name')).toBeAttached();
    await settled(page);
    faults.push(...(await widthFaults(page, `390 px › ${where}`, { headers: false })));
  }

  // And the session page at 1,280 px as its secretary sees it (members, agenda, written ballot).
  await page.context().clearCookies();
  await page.setViewportSize(DESKTOP);
  await login(page, 'thuky');
  await checkPage(page, { where: 'Phiên họp (thư ký)', path: councilUrl }, faults);
  expect(faults, faults.join('\n')).toEqual([]);
});
