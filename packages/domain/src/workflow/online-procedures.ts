import { LAW_2022, ND_98 } from '../rules/citations';

// The procedures a province offers for filing online on its public portal ("Nộp hồ sơ trực
// tuyến", docs/interop.md). Which of them a tenant offers is its own setting (portal settings,
// default: all); each one's procedure code on the national public-service portal (MaTTHC) comes
// from the same settings as the portal sync (VINHDANH_DVC_MATTHC, by `procedureKey`).

export const ONLINE_PROCEDURES = ['DOT_XUAT', 'GIA_DINH_VAN_HOA'] as const;
export type OnlineProcedure = (typeof ONLINE_PROCEDURES)[number];

export type OnlineProcedureInfo = {
  name: string;
  /** Who files: a unit (signed in as its emulation officer) or a household (anyone, no account). */
  applicant: 'UNIT' | 'HOUSEHOLD';
  /** The legal basis of the procedure, shown beside it on the portal. */
  citation: string;
  /** The key of its MaTTHC in VINHDANH_DVC_MATTHC (a proposal kind, or GIA_DINH_VAN_HOA). */
  procedureKey: 'DOT_XUAT' | 'GIA_DINH_VAN_HOA';
};

/** Online public services: Nghị định 42/2022/NĐ-CP (cung cấp thông tin và dịch vụ công trực tuyến). */
export const ONLINE_SERVICES_CITATION = 'Nghị định 42/2022/NĐ-CP';

export const ONLINE_PROCEDURE_INFO: Readonly<Record<OnlineProcedure, OnlineProcedureInfo>> = {
  DOT_XUAT: {
    name: 'Đề nghị khen thưởng đột xuất',
    applicant: 'UNIT',
    citation: `${LAW_2022}, Điều 84; ${ND_98}`,
    procedureKey: 'DOT_XUAT',
  },
  GIA_DINH_VAN_HOA: {
    name: 'Đăng ký danh hiệu "Gia đình văn hóa"',
    applicant: 'HOUSEHOLD',
    citation: `${LAW_2022}, Điều 31; Nghị định 86/2023/NĐ-CP`,
    procedureKey: 'GIA_DINH_VAN_HOA',
  },
};

/** The procedures on offer when the tenant has not chosen: all of them. */
export const DEFAULT_ONLINE_PROCEDURES: readonly OnlineProcedure[] = ONLINE_PROCEDURES;
