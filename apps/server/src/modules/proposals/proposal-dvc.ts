import { vietnamCompactDateTime, vietnamDate } from '@vinhdanh/domain/calendar/vietnam-time';
import {
  DVC_STATUS_OF_STATE,
  type DvcStatus,
  dvcDossierCode,
  dvcStatusOf,
} from '@vinhdanh/domain/workflow/dvc-status';
import {
  KIND_LABELS,
  type ProposalKind,
  type ProposalState,
  STATE_LABELS,
} from '@vinhdanh/domain/workflow/states';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { onlineFiling, orgUnit, proposal, proposalEvent, tenant } from '../../db/schema/index';
import { type Clock, systemClock } from '../../platform/clock';
import { DVC_DOSSIER_SERVICE, DVC_PROGRESS_SERVICE } from '../../platform/outbox/dvc-format';
import { DVC_TOPIC, type DvcPayload } from '../../platform/outbox/dvc-handler';
import { enqueue } from '../../platform/outbox/outbox';
import type { ProposalRow } from './proposals.repository';

// A proposal on the national public-service portal (docs/interop.md). Every change goes into the
// one outbox in the transaction of the change: the dossier (DongBoHoSoMC) when it is first filed,
// again with its receipt and its end; the progress (CapNhatTienDoHoSoMC) at every state change.
// A draft and a dossier under the unit's own review are not filed, so the portal never sees them.

type Conn = Db | Tx;

/** The portal dossier code of a proposal (also shown to the applicant). */
export async function dvcCodeOf(db: Conn, p: Pick<ProposalRow, 'tenantId' | 'id' | 'createdAt'>) {
  return dvcDossierCode(await tenantCodeOf(db, p.tenantId), p.id, vietnamDate(p.createdAt));
}

/** The portal dossier code once the proposal is filed (null for a draft or a unit's own review). */
export async function portalCodeOf(db: Conn, p: ProposalRow): Promise<string | null> {
  if (dvcStatusOf(p.state as ProposalState, p.levelIndex) === null) return null;
  return dvcCodeOf(db, p);
}

/** A timestamp column read as a string ('2026-12-05 01:02:03.456+00' from PostgreSQL) as an instant. */
export function instant(value: string): Date {
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

/** The applicant and procedure of a dossier filed online on the portal; null for any other. */
export async function onlineFilingOf(db: Conn, p: Pick<ProposalRow, 'tenantId' | 'id'>) {
  const [row] = await db
    .select()
    .from(onlineFiling)
    .where(and(eq(onlineFiling.tenantId, p.tenantId), eq(onlineFiling.proposalId, p.id)));
  return row ?? null;
}

/** Which MaTTHC (VINHDANH_DVC_MATTHC key) the dossier is sent with: its kind, or its online procedure's. */
async function procedureKeyOf(db: Conn, p: ProposalRow): Promise<string> {
  const online = await onlineFilingOf(db, p);
  return online?.procedure === 'GIA_DINH_VAN_HOA' ? 'GIA_DINH_VAN_HOA' : p.kind;
}

async function dossierRecord(db: Conn, p: ProposalRow, status: DvcStatus, tenantCode: string) {
  // A household that filed online is the dossier's owner (a citizen, LoaiDoiTuong 1), with the
  // contact it gave; any other dossier belongs to its proposing unit (an organisation, 2).
  const online = await onlineFilingOf(db, p);
  const unitIds = [p.submittingUnitId, p.levels[p.levelIndex] ?? p.submittingUnitId];
  const units = await db
    .select({ id: orgUnit.id, name: orgUnit.name })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, p.tenantId), inArray(orgUnit.id, unitIds)));
  const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const events = await db
    .select({ at: proposalEvent.at, toState: proposalEvent.toState })
    .from(proposalEvent)
    .where(and(eq(proposalEvent.tenantId, p.tenantId), eq(proposalEvent.proposalId, p.id)))
    .orderBy(asc(proposalEvent.at));
  const at = (state: string, last = false) => {
    const hits = events.filter((e) => e.toState === state);
    const hit = last ? hits.at(-1) : hits[0];
    return hit ? vietnamCompactDateTime(instant(hit.at)) : '';
  };
  const final = p.state === 'DECIDED' || p.state === 'REJECTED';
  return {
    MaHoSo: dvcDossierCode(tenantCode, p.id, vietnamDate(p.createdAt)),
    TenTTHC: KIND_LABELS[p.kind as ProposalKind] ?? p.kind,
    MaLinhVuc: '',
    TenLinhVuc: 'Thi đua, khen thưởng',
    ChuHoSo: online ? online.applicantName : nameOf(p.submittingUnitId),
    LoaiDoiTuong: online ? ('1' as const) : ('2' as const),
    MaDoiTuong: '',
    ThongTinKhac: online ? online.address : '',
    Email: online?.email ?? '',
    Fax: '',
    SoDienThoai: online?.phone ?? '',
    TrichYeuHoSo: p.title,
    NgayTiepNhan: at('RECEIVED'),
    NgayHenTra: '',
    TrangThaiHoSo: status,
    NgayTra: '',
    ThongTinTra: '',
    // Assumed (docs/interop.md): 1 for a dossier filed online, 0 for one the unit filed in Vinh Danh.
    HinhThuc: online ? ('1' as const) : ('0' as const),
    NgayKetThucXuLy: final ? at(p.state, true) : '',
    DonViXuLy: nameOf(p.levels[p.levelIndex] ?? p.submittingUnitId),
    GhiChu: STATE_LABELS[p.state as ProposalState] ?? p.state,
    DanhSachLePhi: [],
    DanhSachTepDinhKemKhac: [],
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [],
    TaiLieuNop: [],
  };
}

async function tenantCodeOf(db: Conn, tenantId: string) {
  const [t] = await db.select({ code: tenant.code }).from(tenant).where(eq(tenant.tenantId, tenantId));
  return t?.code ?? 'VD';
}

/**
 * After a step of proposal `p` (already updated in `tx`) from `fromState` (null: it was just
 * created in this state): what the portal must hear of it, put into the outbox.
 */
export async function syncStepToPortal(
  tx: Tx,
  p: ProposalRow,
  step: { fromState: string | null; actorName: string | null },
  clock: Clock = systemClock,
) {
  const status = dvcStatusOf(p.state as ProposalState, p.levelIndex);
  if (status === null) return;
  const tenantCode = await tenantCodeOf(tx, p.tenantId);
  const base = { tenantCode, kind: await procedureKeyOf(tx, p), version: p.version };
  const firstFiling =
    step.fromState === null || DVC_STATUS_OF_STATE[step.fromState as ProposalState] === null;
  const dossier = async (isUpdating: boolean) => {
    const payload: DvcPayload = {
      ...base,
      service: DVC_DOSSIER_SERVICE,
      isUpdating,
      record: await dossierRecord(tx, p, status, tenantCode),
    };
    await enqueue(tx, { tenantId: p.tenantId, topic: DVC_TOPIC, payload });
  };
  if (firstFiling) return dossier(false);
  if (step.fromState === p.state) return;
  const now = vietnamCompactDateTime(clock.now());
  const units = await tx
    .select({ name: orgUnit.name })
    .from(orgUnit)
    .where(
      and(eq(orgUnit.tenantId, p.tenantId), eq(orgUnit.id, p.levels[p.levelIndex] ?? p.submittingUnitId)),
    );
  const from = STATE_LABELS[step.fromState as ProposalState] ?? step.fromState;
  const progress: DvcPayload = {
    ...base,
    service: DVC_PROGRESS_SERVICE,
    record: {
      MaHoSo: dvcDossierCode(tenantCode, p.id, vietnamDate(p.createdAt)),
      NguoiXuLy: step.actorName ?? '',
      ChucDanh: '',
      ThoiDiemXuLy: now,
      PhongBanXuLy: units[0]?.name ?? '',
      NoiDungXuLy: `${from} → ${STATE_LABELS[p.state as ProposalState] ?? p.state}`,
      TrangThai: status,
      NgayBatDau: now,
      // A step's deadline is a day: the end of that day in Vietnam.
      NgayKetThucTheoQuyDinh: p.dueOn ? `${p.dueOn.replace(/-/g, '')}235959` : '',
    },
  };
  await enqueue(tx, { tenantId: p.tenantId, topic: DVC_TOPIC, payload: progress });
  // The dossier's own dates changed (received, finished): the portal gets the whole record again.
  const received = p.state === 'RECEIVED' && p.levelIndex === 0;
  if (received || p.state === 'DECIDED' || p.state === 'REJECTED') await dossier(true);
}

/**
 * A full sync: every filed dossier of the tenant is sent again (DongBoHoSoMC, isUpdating True),
 * e.g. after connecting the portal or after it lost data. Returns how many were enqueued.
 */
export async function enqueueFullPortalSync(db: Db, tenantId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const tenantCode = await tenantCodeOf(tx, tenantId);
    const rows = await tx.select().from(proposal).where(eq(proposal.tenantId, tenantId));
    let n = 0;
    for (const p of rows) {
      const status = dvcStatusOf(p.state as ProposalState, p.levelIndex);
      if (status === null) continue;
      const payload: DvcPayload = {
        tenantCode,
        kind: await procedureKeyOf(tx, p),
        version: p.version,
        service: DVC_DOSSIER_SERVICE,
        isUpdating: true,
        record: await dossierRecord(tx, p, status, tenantCode),
      };
      await enqueue(tx, { tenantId, topic: DVC_TOPIC, payload });
      n += 1;
    }
    return n;
  });
}
