import { PROPOSAL_KINDS, type ProposalKind } from '@vinhdanh/domain/workflow/states';

/**
 * The national public-service portal's integration point for one tenant (docs/interop.md,
 * "National public-service portal"). Read from the environment, by tenant code first:
 * VINHDANH_DVC_URL_<CODE>, else VINHDANH_DVC_URL, and the same for MADONVI, SESSION, DSTCODE and
 * MATTHC. A tenant without a URL is not connected: its messages are written to the log instead.
 */
export type DvcSettings = {
  /** Where the JSON is POSTed (the province's LGSP adapter URL + integration endpoint). */
  url: string;
  /** `madonvi`: the tenant's agency code (mã định danh đơn vị). */
  agencyCode: string;
  /** `session`: the access token the adapter issued; kept in the environment, never in the database. */
  session: string;
  /** The `dstcode` header some adapters route on; empty: not sent. */
  dstCode: string;
  /** The portal's procedure code (MaTTHC) of each kind of proposal the province offers. */
  procedureCodes: Partial<Record<ProcedureKey, string>>;
};

/** A proposal kind, or an online procedure that is not a kind of its own (docs/interop.md). */
export type ProcedureKey = ProposalKind | 'GIA_DINH_VAN_HOA';
const PROCEDURE_KEYS: readonly string[] = [...PROPOSAL_KINDS, 'GIA_DINH_VAN_HOA'];

/**
 * `CONG_TRANG=1.000123,DOT_XUAT=1.000456,GIA_DINH_VAN_HOA=1.000789` → { CONG_TRANG: '1.000123', … }.
 * GIA_DINH_VAN_HOA is the code of the household's online registration (its dossier's kind is CONG_TRANG).
 */
export function parseProcedureCodes(value: string | undefined): Partial<Record<ProcedureKey, string>> {
  const out: Partial<Record<ProcedureKey, string>> = {};
  for (const pair of (value ?? '').split(',')) {
    const [kind, code] = pair.split('=').map((s) => s.trim());
    if (kind && code && PROCEDURE_KEYS.includes(kind)) out[kind as ProcedureKey] = code;
  }
  return out;
}

export function loadDvcSettings(env: NodeJS.ProcessEnv) {
  return (tenantCode: string): DvcSettings | undefined => {
    const suffix = tenantCode.toUpperCase().replace(/[^A-Z0-9]/g, '_');
    const read = (name: string) => env[`VINHDANH_DVC_${name}_${suffix}`] || env[`VINHDANH_DVC_${name}`] || '';
    const url = read('URL');
    if (!url) return undefined;
    return {
      url,
      agencyCode: read('MADONVI'),
      session: read('SESSION'),
      dstCode: read('DSTCODE'),
      procedureCodes: parseProcedureCodes(read('MATTHC')),
    };
  };
}
