import type { Db } from '../../db/client';
import { storageFor } from '../../lib/storage';
import { todayVn } from '../../platform/clock';
import { closedVotesOfProposal } from '../councils/index';
import { loadHistories } from '../eligibility/index';
import { PACKAGE_FORMAT, type UnsealedManifest } from '../exchange/index';
import { findUnit } from '../org-units/index';
import { componentFilesForPackage, listItems, type ProposalRow } from '../proposals/index';
import type { TenantNames } from '../tenants/index';

// The DOSSIER manifest from the real proposal (docs/interop.md): per item the engine's verdict
// with each reason's citation (stored at appraisal), the office's appraisal, the council's votes,
// and the history the engine judged, so the upper level re-runs its own verdict; the dossier's
// attached files with their SHA-256.

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Items the province proposes up: not found ineligible by its office, not refused by its council. */
export const proposedUp = (i: { appraisedEligible: boolean | null; councilPassed: boolean | null }) =>
  i.appraisedEligible !== false && i.councilPassed !== false;

export async function buildDossierManifest(
  db: Db,
  dataDir: string,
  p: ProposalRow,
  parties: { sender: TenantNames; recipient: TenantNames },
  ids: { packageId: string; version: number },
): Promise<{ manifest: UnsealedManifest; files: Uint8Array[] }> {
  const tenantId = p.tenantId;
  const items = (await listItems(db, tenantId, p.id)).filter(proposedUp);
  const votes = await closedVotesOfProposal(db, tenantId, p.id);
  const histories = await loadHistories(db, tenantId, items, p.year);
  const asOf = todayVn();
  const unitNames = new Map<string, string>();
  for (const id of new Set([p.submittingUnitId, ...items.map((i) => i.unitId)])) {
    unitNames.set(id, (await findUnit(db, tenantId, id))?.name ?? '');
  }
  const storage = storageFor(dataDir);
  const componentRows = await componentFilesForPackage(db, tenantId, p.id);
  const files: Uint8Array[] = [];
  for (const c of componentRows) files.push(new Uint8Array(await storage.get(c.storageKey)));
  const manifest: UnsealedManifest = {
    format: PACKAGE_FORMAT,
    packageId: ids.packageId,
    version: ids.version,
    kind: 'DOSSIER',
    createdAt: new Date().toISOString(),
    sender: parties.sender,
    recipient: parties.recipient,
    dossier: {
      id: p.id,
      kind: p.kind,
      title: clip(p.title, 1000),
      year: p.year,
      state: p.state,
      submittingUnitName: clip(unitNames.get(p.submittingUnitId) ?? '', 300),
      councilDone: p.councilDone,
      items: items.map((i) => {
        const vote = votes.get(i.id);
        const history = histories.get(i.subjectId);
        return {
          id: i.id,
          subject: {
            type: i.subjectType,
            name: clip(i.subjectName, 300),
            unitName: unitNames.get(i.unitId) || null,
          },
          awardCode: i.awardCode,
          achievement: i.achievement,
          verdict: i.verdict && {
            eligible: i.verdict.eligible,
            held: i.verdict.held,
            ruleSet: i.verdict.ruleSet,
            amountVnd: i.verdict.amountVnd,
            reasons: i.verdict.reasons.slice(0, 200).map((r) => ({
              met: r.met,
              text: clip(r.text, 2000),
              citation: clip(r.citation, 500),
            })),
          },
          appraisal: {
            state: i.appraisal,
            eligible: i.appraisedEligible,
            overrideReason: i.overrideReason,
          },
          council:
            vote ??
            (i.councilPassed === null ? null : { passed: i.councilPassed, yes: 0, no: 0, abstain: 0 }),
          evidence: history ? { history: JSON.parse(JSON.stringify(history)), asOf } : null,
        };
      }),
      components: componentRows.map((c) => ({
        name: clip(c.name, 300),
        fileName: clip(c.fileName, 255),
        mediaType: c.mediaType,
        sizeBytes: c.sizeBytes,
        sha256: c.sha256,
      })),
    },
  };
  return { manifest, files };
}
