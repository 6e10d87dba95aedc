import type { ProposalState } from './states';

// The status codes of the national public-service portal (Cổng dịch vụ công quốc gia, DVCQG)
// for a dossier (`TrangThaiHoSo` in DongBoHoSoMC, `TrangThai` in CapNhatTienDoHoSoMC), and
// which of them each state of a proposal is. Source of the codes: the portal's integration
// specification as the public OpenCPS code uses it (VietOpenCPS/opencps-v2,
// modules/backend-dossiermgt/…/DVCQGIntegrationActionImpl.java, where a province's own table
// `DossierStatusMapping` maps its statuses to these codes). The mapping below is ours: see
// docs/interop.md, "National public-service portal", for why each row is what it is.

export const DVC_STATUSES = {
  '1': 'Mới đăng ký',
  '2': 'Được tiếp nhận',
  '3': 'Không được tiếp nhận',
  '4': 'Đang xử lý',
  '5': 'Yêu cầu bổ sung giấy tờ',
  '6': 'Yêu cầu thực hiện nghĩa vụ tài chính',
  '7': 'Công dân yêu cầu rút hồ sơ',
  '8': 'Dừng xử lý',
  '9': 'Đã xử lý xong',
  '10': 'Đã trả kết quả',
} as const;
export type DvcStatus = keyof typeof DVC_STATUSES;

/**
 * The portal status of each state at the first level of the route. `null`: not a filed dossier
 * yet (the unit is still writing or reviewing it), so the portal does not know it.
 * 6, 7, 8 and 10 are never sent: awards carry no fee, Vinh Danh has no withdrawal, and it does
 * not record the hand-over of the result after the decision.
 */
export const DVC_STATUS_OF_STATE: Readonly<Record<ProposalState, DvcStatus | null>> = {
  DRAFT: null,
  UNIT_REVIEW: null,
  SUBMITTED: '1',
  RECEIVED: '2',
  RETURNED: '5',
  APPRAISAL: '4',
  PUBLIC_COMMENT: '4',
  COUNCIL_VOTE: '4',
  DECISION_PENDING: '4',
  PROPOSED_UP: '4',
  DECIDED: '9',
  // A refusal is a finished processing whose result is "không khen thưởng" (the reasons go in GhiChu).
  REJECTED: '9',
};

/**
 * The portal status of a proposal. Past the first level (`levelIndex` > 0) the dossier was
 * received long ago: being sent up and received again is still processing for the applicant.
 */
export function dvcStatusOf(state: ProposalState, levelIndex: number): DvcStatus | null {
  if (levelIndex > 0 && (state === 'SUBMITTED' || state === 'RECEIVED')) return '4';
  return DVC_STATUS_OF_STATE[state];
}

/**
 * The portal dossier code (MaHoSo) of a proposal: stable, known in Vinh Danh before the first
 * sync, unique across tenants. Tenant code, the creation date in Vietnam, and the last 12 hex
 * digits of the proposal's id (the random part of a UUIDv7).
 */
export function dvcDossierCode(tenantCode: string, proposalId: string, createdOnVn: string): string {
  const day = createdOnVn.replace(/-/g, '').slice(2);
  const tail = proposalId.replace(/-/g, '').slice(-12).toUpperCase();
  return `${tenantCode.toUpperCase()}-${day}-${tail}`;
}
