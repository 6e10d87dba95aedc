import { describe, expect, it } from 'vitest';
import { ruleSetAt } from '../rules/registry';
import { conflictOfInterest } from './council';
import { diffAgainstReasons } from './return-diff';
import { groupByRoute, routeFor } from './routing';

const rs = ruleSetAt('2025-12-31');
const chain = [
  { id: 'school', type: 'DON_VI_SU_NGHIEP', name: 'Trường THPT Số 1' },
  { id: 'so', type: 'SO_BAN_NGANH', name: 'Sở Giáo dục' },
  { id: 'tinh', type: 'UBND_TINH', name: 'UBND tỉnh' },
];

describe('routing', () => {
  it('a unit decides its own base-level titles', () => {
    expect(routeFor(chain, rs.awards.CSTDCS.deciders)).toMatchObject({ ok: true, levels: ['school'] });
  });
  it('a provincial award passes through the department (no level skipped)', () => {
    expect(routeFor(chain, rs.awards.BK_BO_TINH.deciders)).toMatchObject({
      ok: true,
      levels: ['so', 'tinh'],
      deciderRole: 'CHU_TICH_UBND_TINH',
      proposeUp: false,
    });
  });
  it('a state award is proposed up by the province', () => {
    expect(routeFor(chain, rs.awards.BK_TTG.deciders)).toMatchObject({
      ok: true,
      levels: ['so', 'tinh'],
      proposeUp: true,
    });
  });
  it('refuses when nobody in the chain may decide', () => {
    const r = routeFor(
      [{ id: 'v', type: 'THON_TO_DAN_PHO', name: 'Thôn A' }],
      rs.awards.XA_TIEU_BIEU.deciders,
    );
    expect(r).toMatchObject({ ok: false });
  });
  it('groups items with different deciders separately', () => {
    const a = routeFor(chain, rs.awards.CSTDCS.deciders);
    const b = routeFor(chain, rs.awards.BK_BO_TINH.deciders);
    if (!a.ok || !b.ok) throw new Error('route');
    expect(
      groupByRoute([
        { item: 1, route: a },
        { item: 2, route: b },
        { item: 3, route: a },
      ]).map((g) => g.items),
    ).toEqual([[1, 3], [2]]);
  });
});

describe('conflict of interest', () => {
  it('flags the nominee and members of the nominee unit subtree only', () => {
    const nominee = { personId: 'p1', unitPath: '/r/s/t/' };
    expect(conflictOfInterest({ personId: 'p1', unitPath: '/r/' }, nominee)?.reason).toBe('IS_NOMINEE');
    expect(conflictOfInterest({ personId: 'p2', unitPath: '/r/s/t/u/' }, nominee)?.reason).toBe('SAME_UNIT');
    expect(conflictOfInterest({ personId: 'p2', unitPath: '/r/s/' }, nominee)).toBeNull();
  });
});

describe('resubmission diff', () => {
  it('marks each return reason addressed or not', () => {
    const before = { components: { 'Tờ trình': 'a' }, items: { i1: { award: 'CSTDCS', subjectId: 's1' } } };
    const after = {
      components: { 'Tờ trình': 'a', 'Báo cáo thành tích': 'b' },
      items: {},
    };
    const out = diffAgainstReasons(
      [
        { code: 'MISSING_COMPONENT', component: 'Báo cáo thành tích', text: 'Thiếu báo cáo' },
        { code: 'INCORRECT_COMPONENT', component: 'Tờ trình', text: 'Sai mẫu' },
        { code: 'INELIGIBLE_ITEM', itemId: 'i1', text: 'Không đủ tiêu chuẩn' },
        { code: 'OTHER', text: 'Khác' },
      ],
      before,
      after,
    );
    expect(out.map((o) => o.addressed)).toEqual([true, false, true, null]);
  });

  it('names the removed and added nominees, so the office reads who changed', () => {
    const out = diffAgainstReasons(
      [{ code: 'INELIGIBLE_ITEM', itemId: 'i1', text: 'Chưa đủ hai năm' }],
      { components: {}, items: { i1: { award: 'BK_BO_TINH', subjectId: 's1', name: 'Lê Văn An' } } },
      { components: {}, items: { i2: { award: 'BK_BO_TINH', subjectId: 's2', name: 'Trần Thị Bình' } } },
    );
    expect(out[0]?.addressed).toBe(true);
    expect(out[0]?.changes).toEqual([
      { kind: 'ITEM_REMOVED', itemId: 'i1', name: 'Lê Văn An', award: 'BK_BO_TINH' },
    ]);
  });
});
