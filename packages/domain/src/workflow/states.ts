// The states of a proposal dossier (hồ sơ đề nghị), law.md §6.2. One proposal covers a list of items.

export const PROPOSAL_STATES = [
  'DRAFT',
  'UNIT_REVIEW',
  'SUBMITTED',
  'RECEIVED',
  'RETURNED',
  'APPRAISAL',
  'PUBLIC_COMMENT',
  'COUNCIL_VOTE',
  'DECISION_PENDING',
  'PROPOSED_UP',
  'DECIDED',
  'REJECTED',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const STATE_LABELS: Readonly<Record<ProposalState, string>> = {
  DRAFT: 'Đang soạn',
  UNIT_REVIEW: 'Đơn vị bình xét',
  SUBMITTED: 'Đã trình',
  RECEIVED: 'Đã tiếp nhận',
  RETURNED: 'Trả lại để bổ sung',
  APPRAISAL: 'Đang thẩm định',
  PUBLIC_COMMENT: 'Lấy ý kiến công khai',
  COUNCIL_VOTE: 'Hội đồng bỏ phiếu',
  DECISION_PENDING: 'Chờ quyết định',
  PROPOSED_UP: 'Đã trình cấp trên',
  DECIDED: 'Đã có quyết định',
  REJECTED: 'Không khen thưởng',
};

/** States in which the proposal waits for the submitting unit; the others wait for the office. */
export const SUBMITTER_STATES: readonly ProposalState[] = ['DRAFT', 'UNIT_REVIEW', 'RETURNED'];
export const FINAL_STATES: readonly ProposalState[] = ['DECIDED', 'REJECTED'];

export const PROPOSAL_KINDS = ['CONG_TRANG', 'CHUYEN_DE', 'DOT_XUAT', 'CONG_HIEN', 'DOI_NGOAI'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const KIND_LABELS: Readonly<Record<ProposalKind, string>> = {
  CONG_TRANG: 'Khen thưởng thường xuyên (theo công trạng)',
  CHUYEN_DE: 'Khen thưởng theo phong trào, chuyên đề',
  DOT_XUAT: 'Khen thưởng đột xuất',
  CONG_HIEN: 'Khen thưởng quá trình cống hiến',
  DOI_NGOAI: 'Khen thưởng đối ngoại',
};
