import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { pdfText, pdfWords } from '../../test/pdf-tools';
import { BLANK_STOCK_FIELDS, ptToMm } from './certificate-layout';

const NAME = ['Nguyễn', 'Thị', 'Hường'];

/** Top and horizontal centre (mm) of the recipient's name on the first page. */
function namePosition(pdf: Buffer) {
  const words = pdfWords(pdf).filter((w) => NAME.includes(w.text));
  expect(words).toHaveLength(NAME.length);
  return {
    top: ptToMm(Math.min(...words.map((w) => w.yMin))),
    centre: ptToMm((Math.min(...words.map((w) => w.xMin)) + Math.max(...words.map((w) => w.xMax))) / 2),
  };
}

const valid = {
  placeName: 'Sơn Hà',
  parentBody: 'UBND TỈNH SƠN HÀ',
  signerTitle: 'Chủ tịch',
  blankStockOffsetXMm: 4.5,
  blankStockOffsetYMm: -3.2,
};

describeEngines('document settings', (env) => {
  const settingsAudit = async () => {
    const { database, fx } = env();
    return database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.action, 'documentSettings.update')));
  };

  it('saves the settings with an audit event, and the blank-stock print moves by the offsets', async () => {
    const { app, fx, database } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const defaults = await admin.get('/api/document-settings');
    expect(defaults.status).toBe(200);
    // The tenant "Tỉnh A" without its prefix; no offsets until calibrated.
    expect(defaults.body).toEqual({
      placeName: 'A',
      parentBody: null,
      signerTitle: 'Thủ trưởng',
      blankStockOffsetXMm: 0,
      blankStockOffsetYMm: 0,
      signingCertificateFile: null,
    });

    const seeded = await seedDecision(database.db, fx, 'own', { names: [NAME.join(' ')] });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const print = async () => {
      const res = await leader.get(`/api/decisions/${seeded.decisionId}/certificates.pdf?layout=blank-stock`);
      expect(res.status).toBe(200);
      return Buffer.from(res.body as ArrayBuffer);
    };
    const before = namePosition(await print());

    const saved = await admin.request('PUT', '/api/document-settings', valid);
    expect(saved.status).toBe(200);
    // The certificate file is left as it was when the form does not send it.
    const stored = { ...valid, signingCertificateFile: null };
    expect(saved.body).toEqual(stored);
    expect((await leader.get('/api/document-settings')).body).toEqual(stored);

    const pdf = await print();
    const after = namePosition(pdf);
    expect(Math.abs(after.centre - before.centre - valid.blankStockOffsetXMm)).toBeLessThan(0.5);
    expect(Math.abs(after.top - before.top - valid.blankStockOffsetYMm)).toBeLessThan(0.5);
    const box = BLANK_STOCK_FIELDS.recipientName;
    expect(Math.abs(after.top - (box.yMm + valid.blankStockOffsetYMm))).toBeLessThan(1);
    expect(pdfText(pdf)).toContain('Sơn Hà, ngày 05 tháng 02 năm 2026');

    const events = await settingsAudit();
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toMatchObject({ placeName: 'A', blankStockOffsetXMm: 0 });
    expect(events[0]?.after).toEqual(stored);
  });

  it('refuses an offset out of range or with two decimals, in Vietnamese, and saves nothing', async () => {
    const { app, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const current = (await admin.get('/api/document-settings')).body;
    const eventsBefore = (await settingsAudit()).length;
    for (const [field, value, message] of [
      ['blankStockOffsetXMm', 60, 'Độ lệch ngang không được lớn hơn 50 mm'],
      ['blankStockOffsetYMm', -50.5, 'Độ lệch dọc không được nhỏ hơn -50 mm'],
      ['blankStockOffsetYMm', 1.25, 'Độ lệch dọc chỉ lấy một chữ số thập phân (ví dụ 2,5 mm)'],
      [
        'signingCertificateFile',
        '../etc/con-dau.p12',
        'Tên tệp chứng thư số chỉ gồm chữ không dấu, số, dấu chấm, gạch và có đuôi .p12 hoặc .pfx',
      ],
    ] as const) {
      const res = await admin.request('PUT', '/api/document-settings', {
        ...valid,
        placeName: 'Nơi khác',
        [field]: value,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.details).toContainEqual({ path: field, message });
    }
    const empty = await admin.request('PUT', '/api/document-settings', { ...valid, placeName: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toContainEqual({ path: 'placeName', message: 'Nhập địa danh' });
    expect((await admin.get('/api/document-settings')).body).toEqual(current);
    expect(await settingsAudit()).toHaveLength(eventsBefore);
  });

  it('lets printers read the settings, but only a tenant-wide administrator change them', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    expect((await officer.get('/api/document-settings')).status).toBe(200);
    expect((await officer.request('PUT', '/api/document-settings', valid)).status).toBe(403);
    // An administrator scoped below the tenant root may not change what the whole tenant prints.
    const unitAdmin = await ApiClient.login(app, fx.users.TENANT_ADMIN);
    expect((await unitAdmin.request('PUT', '/api/document-settings', valid)).status).toBe(403);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await viewer.get('/api/document-settings')).status).toBe(403);
  });
});
