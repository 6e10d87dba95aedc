import { z } from 'zod';

// What Vinh Danh POSTs to the national public-service portal (Cổng dịch vụ công quốc gia): the
// envelope and the two services' records, with the field names of the portal's integration
// specification as the public OpenCPS code fills them (VietOpenCPS/opencps-v2,
// modules/backend-dossiermgt/backend-dossiermgt-service/src/main/java/org/opencps/dossiermgt/
// action/impl/DVCQGIntegrationActionImpl.java: createSyncDossierBodyRequest,
// createSyncDossierStatusBodyRequest, syncData). Published as docs/schemas/dvc-sync-v1.schema.json.

export const DVC_DOSSIER_SERVICE = 'DongBoHoSoMC';
export const DVC_PROGRESS_SERVICE = 'CapNhatTienDoHoSoMC';

/** `yyyyMMddHHmmss` in Vietnam time, or empty when not known yet (as OpenCPS sends it). */
const dvcDateTime = z.string().regex(/^(\d{14})?$/, 'yyyyMMddHHmmss hoặc rỗng');
const statusCode = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);

export const dvcDossierRecord = z.object({
  MaHoSo: z.string().min(1),
  MaTTHC: z.string(),
  TenTTHC: z.string(),
  MaLinhVuc: z.string(),
  TenLinhVuc: z.string(),
  /** The applicant: the unit that proposes. */
  ChuHoSo: z.string(),
  /** 1 a citizen, 2 an organisation. */
  LoaiDoiTuong: z.enum(['1', '2']),
  MaDoiTuong: z.string(),
  ThongTinKhac: z.string(),
  Email: z.string(),
  Fax: z.string(),
  SoDienThoai: z.string(),
  TrichYeuHoSo: z.string(),
  NgayTiepNhan: dvcDateTime,
  NgayHenTra: dvcDateTime,
  TrangThaiHoSo: statusCode,
  NgayTra: dvcDateTime,
  ThongTinTra: z.string(),
  /** 0 at the office or online, 1 by post. */
  HinhThuc: z.enum(['0', '1']),
  NgayKetThucXuLy: dvcDateTime,
  DonViXuLy: z.string(),
  GhiChu: z.string(),
  DanhSachLePhi: z.array(z.unknown()),
  DanhSachTepDinhKemKhac: z.array(z.unknown()),
  DanhSachHoSoBoSung: z.array(z.unknown()),
  DanhSachGiayToKetQua: z.array(z.unknown()),
  TaiLieuNop: z.array(z.unknown()),
});

export const dvcProgressRecord = z.object({
  MaHoSo: z.string().min(1),
  NguoiXuLy: z.string(),
  ChucDanh: z.string(),
  ThoiDiemXuLy: dvcDateTime.regex(/^\d{14}$/),
  PhongBanXuLy: z.string(),
  NoiDungXuLy: z.string(),
  TrangThai: statusCode,
  NgayBatDau: dvcDateTime,
  NgayKetThucTheoQuyDinh: dvcDateTime,
});

const envelope = { session: z.string(), madonvi: z.string() };

export const dvcRequest = z.discriminatedUnion('service', [
  z.object({
    ...envelope,
    service: z.literal(DVC_DOSSIER_SERVICE),
    /** 'False' the first time the portal hears of the dossier, 'True' afterwards (a full sync). */
    isUpdating: z.enum(['True', 'False']),
    data: z.array(dvcDossierRecord).length(1),
  }),
  z.object({
    ...envelope,
    service: z.literal(DVC_PROGRESS_SERVICE),
    data: z.array(dvcProgressRecord).length(1),
  }),
]);

export type DvcDossierRecord = z.infer<typeof dvcDossierRecord>;
export type DvcProgressRecord = z.infer<typeof dvcProgressRecord>;
export type DvcRequest = z.infer<typeof dvcRequest>;

/** The published JSON Schema (docs/schemas/dvc-sync-v1.schema.json is this, kept in step by a test). */
export function dvcRequestJsonSchema() {
  return {
    $id: 'https://vinhdanh.example/schemas/dvc-sync-v1.schema.json',
    title: 'Vinh Danh — đồng bộ hồ sơ lên Cổng dịch vụ công quốc gia (phiên bản 1)',
    ...z.toJSONSchema(dvcRequest, { target: 'draft-2020-12' }),
  };
}
