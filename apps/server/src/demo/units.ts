import type { UnitSpec } from '../modules/tenants/tenant-setup';

/** The demo province's tenant code (also the parent link's child in seed-national.ts). */
export const DEMO_TENANT_CODE = 'SONHA';

export type DemoUnit = UnitSpec & { people: number; children?: DemoUnit[] };

// A fictional province. Codes are stable so that tests and the demo accounts can find units.
export const DEMO_TREE: DemoUnit = {
  code: 'UBND',
  name: 'Ủy ban nhân dân tỉnh Sơn Hà',
  type: 'UBND_TINH',
  people: 40,
  children: [
    {
      code: 'SNV',
      name: 'Sở Nội vụ',
      type: 'SO_BAN_NGANH',
      people: 60,
      children: [{ code: 'SNV-TDKT', name: 'Phòng Thi đua, Khen thưởng', type: 'PHONG_TO', people: 12 }],
    },
    { code: 'SLDTBXH', name: 'Sở Lao động - Thương binh và Xã hội', type: 'SO_BAN_NGANH', people: 55 },
    {
      code: 'SGDDT',
      name: 'Sở Giáo dục và Đào tạo',
      type: 'SO_BAN_NGANH',
      people: 70,
      children: [
        { code: 'THPT-CHUYEN', name: 'Trường THPT Chuyên Sơn Hà', type: 'DON_VI_SU_NGHIEP', people: 120 },
        { code: 'THPT-LQD', name: 'Trường THPT Lê Quý Đôn', type: 'DON_VI_SU_NGHIEP', people: 110 },
        { code: 'THPT-NT', name: 'Trường THPT Nguyễn Trãi', type: 'DON_VI_SU_NGHIEP', people: 100 },
      ],
    },
    {
      code: 'SYT',
      name: 'Sở Y tế',
      type: 'SO_BAN_NGANH',
      people: 60,
      children: [
        { code: 'BVDK', name: 'Bệnh viện Đa khoa tỉnh Sơn Hà', type: 'DON_VI_SU_NGHIEP', people: 260 },
        { code: 'CDC', name: 'Trung tâm Kiểm soát bệnh tật tỉnh', type: 'DON_VI_SU_NGHIEP', people: 90 },
      ],
    },
    { code: 'STC', name: 'Sở Tài chính', type: 'SO_BAN_NGANH', people: 70 },
    { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', type: 'SO_BAN_NGANH', people: 50 },
    { code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', type: 'SO_BAN_NGANH', people: 80 },
    { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', type: 'SO_BAN_NGANH', people: 60 },
    { code: 'SXD', name: 'Sở Xây dựng', type: 'SO_BAN_NGANH', people: 60 },
    { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', type: 'SO_BAN_NGANH', people: 70 },
    { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', type: 'SO_BAN_NGANH', people: 45 },
    {
      code: 'P-HOABINH',
      name: 'Phường Hòa Bình',
      type: 'XA_PHUONG',
      people: 45,
      children: [
        { code: 'P-HOABINH-TDP1', name: 'Tổ dân phố số 1', type: 'THON_TO_DAN_PHO', people: 8 },
        { code: 'P-HOABINH-TDP2', name: 'Tổ dân phố số 2', type: 'THON_TO_DAN_PHO', people: 8 },
      ],
    },
    { code: 'P-TRUNGTAM', name: 'Phường Trung Tâm', type: 'XA_PHUONG', people: 45 },
    {
      code: 'X-TANHOA',
      name: 'Xã Tân Hòa',
      type: 'XA_PHUONG',
      people: 35,
      children: [{ code: 'X-TANHOA-T1', name: 'Thôn Đồng Tâm', type: 'THON_TO_DAN_PHO', people: 8 }],
    },
    { code: 'X-LAPTHANH', name: 'Xã Lập Thành', type: 'XA_PHUONG', people: 35 },
    { code: 'X-THANHSON', name: 'Xã Thanh Sơn', type: 'XA_PHUONG', people: 40 },
    { code: 'X-PHUMY', name: 'Xã Phú Mỹ', type: 'XA_PHUONG', people: 40 },
    { code: 'X-ANKHANH', name: 'Xã An Khánh', type: 'XA_PHUONG', people: 40 },
    { code: 'DK-HONNGOC', name: 'Đặc khu Hòn Ngọc', type: 'XA_PHUONG', people: 50 },
    { code: 'CTY-CTN', name: 'Công ty TNHH MTV Cấp thoát nước Sơn Hà', type: 'DOANH_NGHIEP', people: 150 },
    { code: 'CTY-MTDT', name: 'Công ty Cổ phần Môi trường đô thị Sơn Hà', type: 'DOANH_NGHIEP', people: 130 },
  ],
};

/** The 2025 restructuring the demo replays, so merge history is there to see. */
export type DemoMerge = {
  absorbed: string[];
  successor: { existing: string } | { code: string; name: string; type: UnitSpec['type'] };
  effectiveDate: string;
  decisionRef: string;
};

export const DEMO_MERGES: DemoMerge[] = [
  {
    absorbed: ['SKHDT'],
    successor: { existing: 'STC' },
    effectiveDate: '2025-03-01',
    decisionRef: '45/NQ-HĐND',
  },
  {
    absorbed: ['SLDTBXH'],
    successor: { existing: 'SNV' },
    effectiveDate: '2025-03-01',
    decisionRef: '45/NQ-HĐND',
  },
  {
    absorbed: ['SNNPTNT', 'STNMT'],
    successor: { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường', type: 'SO_BAN_NGANH' },
    effectiveDate: '2025-03-01',
    decisionRef: '45/NQ-HĐND',
  },
  {
    absorbed: ['X-TANHOA', 'X-LAPTHANH'],
    successor: { code: 'X-TANLAP', name: 'Xã Tân Lập', type: 'XA_PHUONG' },
    effectiveDate: '2025-07-01',
    decisionRef: '1656/NQ-UBTVQH15',
  },
];
