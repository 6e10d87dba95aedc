import { expect, test } from '@playwright/test';
import { getJson, signIn } from './support/workflow-api';

// Issue 16: the model form picks the person, the movement and the awards by name (as the other
// pickers do), never a pasted id; the saved draft carries the links. Once the person is chosen, the
// awards offered are that person's own: the demo's schools have namesakes (two Nguyễn Đức An at one
// school), and a search by name offered both one's awards (CI run of ff28e54: MODEL_AWARD_MISMATCH).

type AwardHit = {
  id: string;
  subjectType: string;
  subjectId: string;
  subjectName: string;
  unitId: string;
  unitName: string;
  year: number;
  isRevoked: boolean;
};
type Model = { id: string; title: string; subjectId: string | null; awards: { id: string; year: number }[] };

test('đơn vị đề xuất điển hình cá nhân: chọn người và khen thưởng theo tên, không dán mã', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'canbo.sogd');
  const hits = await getJson<{ items: AwardHit[] }>(page, '/api/awards?pageSize=50');
  // A person the test can tell apart in the list by name and unit (earlier tests revoke awards, and
  // the demo's order among equal names varies from run to run).
  let hit: AwardHit | undefined;
  for (const a of hits.items.filter((h) => h.subjectType === 'PERSON' && !h.isRevoked)) {
    const same = await getJson<{ items: { fullName: string; unitName: string }[] }>(
      page,
      `/api/people?q=${encodeURIComponent(a.subjectName)}&pageSize=50`,
    );
    if (same.items.filter((p) => p.fullName === a.subjectName && p.unitName === a.unitName).length === 1) {
      hit = a;
      break;
    }
  }
  if (!hit) throw new Error('no person with a name of their own among the first awards');
  const own = await getJson<{ items: AwardHit[] }>(
    page,
    `/api/awards?subjectId=${hit.subjectId}&pageSize=100`,
  );
  const standing = own.items.filter((a) => !a.isRevoked);
  const title = `Điển hình ${hit.subjectName} — ${Date.now()}`;

  await page.goto('/dien-hinh');
  await page.getByRole('button', { name: 'Đề xuất điển hình' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Đơn vị đề xuất').fill(hit.unitName);
  await page.getByRole('option', { name: hit.unitName }).first().click();
  await dialog.getByLabel('Loại điển hình').click();
  await page.getByRole('option', { name: 'Cá nhân', exact: true }).click();
  await expect(dialog.getByText('Mã cá nhân')).toHaveCount(0);
  await dialog.getByLabel('Cá nhân điển hình').fill(hit.subjectName);
  await page
    .getByRole('option', { name: `${hit.subjectName} — ${hit.unitName}` })
    .first()
    .click();
  await dialog.getByLabel('Tên điển hình').fill(title);
  await dialog
    .getByLabel('Câu chuyện điển hình')
    .fill('Nhiều năm liền hoàn thành xuất sắc nhiệm vụ, có sáng kiến được áp dụng rộng rãi trong ngành.');
  // The chosen person's standing awards are offered at once, and no one else's.
  await dialog.getByLabel('Khen thưởng làm căn cứ').click();
  const offered = page.getByRole('option');
  await expect(offered).toHaveCount(standing.length);
  for (const text of await offered.allTextContents())
    expect(text.startsWith(`${hit.subjectName}: `)).toBe(true);
  await page
    .getByRole('option', { name: new RegExp(`^${hit.subjectName}: .* ${hit.year}`) })
    .first()
    .click();
  // The multi-select keeps its list open for more: leave it before saving.
  await dialog.getByLabel('Tên điển hình').click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(dialog.getByText(new RegExp(`^${hit.subjectName}: .* ${hit.year}`))).toBeVisible();
  await dialog.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(dialog).toHaveCount(0);

  const mine = await getJson<{ items: Model[] }>(page, '/api/models');
  const saved = mine.items.find((m) => m.title === title) as Model;
  expect(saved).toBeTruthy();
  const detail = await getJson<Model>(page, `/api/models/${saved.id}`);
  expect(detail.subjectId).toBe(hit.subjectId);
  expect(detail.awards).toHaveLength(1);
  expect(detail.awards[0]?.year).toBe(hit.year);
  await expect(page.getByTestId('model-table')).toContainText(title);
});
