import { describe, expect, it } from 'vitest';
import { ruleSetAt } from '../rules/registry';
import type { ProposalCommand } from './commands';
import { applyCommand, type FlowFacts, initialFlow, type ProposalFlow } from './machine';
import { componentsFor, isMinutesComponent, requirementsFor } from './requirements';

const facts: FlowFacts = { hasMinutes: true, componentsComplete: true, pendingItems: 0 };

function run(flow: ProposalFlow, commands: ProposalCommand[]): ProposalFlow {
  let f = flow;
  for (const c of commands) {
    const r = applyCommand(f, c, facts);
    if (!r.ok) throw new Error(`${c.type}: ${JSON.stringify(r.error)}`);
    f = r.flow;
  }
  return f;
}

const rs = ruleSetAt('2025-12-31');

describe('proposal state machine', () => {
  it('takes the full path with public comment and council when the rule set requires them', () => {
    const req = requirementsFor(rs, ['CSTDTQ'], { simplified: false, proposeUp: true });
    expect(req).toMatchObject({ publicComment: true, councilVote: true });
    const f = run(initialFlow(req, 1), [
      { type: 'submitForReview' },
      { type: 'submit' },
      { type: 'receive' },
      { type: 'startAppraisal' },
      { type: 'confirmItem' },
      { type: 'openPublicComment' },
      { type: 'closePublicComment' },
      { type: 'openCouncil' },
      { type: 'recordVote' },
      { type: 'closeCouncil' },
    ]);
    expect(f.state).toBe('PROPOSED_UP');
    expect(run(f, [{ type: 'recordExternalDecision', approvedItems: 1 }]).state).toBe('DECIDED');
  });

  it('refuses the council before the public comment, and the decision before the council', () => {
    const req = requirementsFor(rs, ['CSTDTQ'], { simplified: false, proposeUp: false });
    const f = run(initialFlow(req, 1), [
      { type: 'submitForReview' },
      { type: 'submit' },
      { type: 'receive' },
      { type: 'startAppraisal' },
    ]);
    expect(applyCommand(f, { type: 'openCouncil' }, facts)).toMatchObject({
      ok: false,
      error: { guard: 'PUBLIC_COMMENT_REQUIRED' },
    });
    expect(applyCommand(f, { type: 'completeAppraisal' }, facts)).toMatchObject({ ok: false });
    expect(applyCommand(f, { type: 'issueDecision', approvedItems: 1 }, facts)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    });
  });

  it('needs the minutes, a return reason and an override reason', () => {
    const req = requirementsFor(rs, ['LDTT'], { simplified: false, proposeUp: false });
    const review = run(initialFlow(req, 1), [{ type: 'submitForReview' }]);
    expect(applyCommand(review, { type: 'submit' }, { ...facts, hasMinutes: false })).toMatchObject({
      ok: false,
      error: { guard: 'MINUTES_REQUIRED' },
    });
    const received = run(review, [{ type: 'submit' }, { type: 'receive' }]);
    expect(applyCommand(received, { type: 'returnProposal', reasons: [] }, facts).ok).toBe(false);
    const appraisal = run(received, [{ type: 'startAppraisal' }]);
    expect(applyCommand(appraisal, { type: 'overrideItem', reason: ' ' }, facts).ok).toBe(false);
    expect(
      applyCommand(appraisal, { type: 'completeAppraisal' }, { ...facts, pendingItems: 1 }),
    ).toMatchObject({
      ok: false,
      error: { guard: 'ITEMS_PENDING' },
    });
    expect(run(appraisal, [{ type: 'completeAppraisal' }]).state).toBe('DECISION_PENDING');
  });

  it('routes through every level: an intermediate level forwards and cannot appraise', () => {
    const req = requirementsFor(rs, ['BK_BO_TINH'], { simplified: false, proposeUp: false });
    const atFirst = run(initialFlow(req, 2), [
      { type: 'submitForReview' },
      { type: 'submit' },
      { type: 'receive' },
    ]);
    expect(applyCommand(atFirst, { type: 'startAppraisal' }, facts)).toMatchObject({
      ok: false,
      error: { guard: 'NOT_FINAL_LEVEL' },
    });
    const atLast = run(atFirst, [{ type: 'forward' }, { type: 'receive' }]);
    expect(atLast.levelIndex).toBe(1);
    expect(applyCommand(atLast, { type: 'forward' }, facts).ok).toBe(false);
    expect(run(atLast, [{ type: 'startAppraisal' }]).state).toBe('APPRAISAL');
  });

  it('the simplified path skips the unit review; the ordinary path may not', () => {
    const simple = requirementsFor(rs, ['GIAY_KHEN'], { simplified: true, proposeUp: false });
    expect(run(initialFlow(simple, 1), [{ type: 'submit' }]).state).toBe('SUBMITTED');
    const normal = requirementsFor(rs, ['GIAY_KHEN'], { simplified: false, proposeUp: false });
    expect(applyCommand(initialFlow(normal, 1), { type: 'submit' }, facts).ok).toBe(false);
  });

  it('an upheld comment sends the proposal back to appraisal and voids the earlier steps', () => {
    const req = requirementsFor(rs, ['HCLD3'], { simplified: false, proposeUp: true });
    const f = run(initialFlow(req, 1), [
      { type: 'submitForReview' },
      { type: 'submit' },
      { type: 'receive' },
      { type: 'startAppraisal' },
      { type: 'openPublicComment' },
      { type: 'upholdComment' },
    ]);
    expect(f).toMatchObject({ state: 'APPRAISAL', publicCommentDone: false });
  });

  it('components come from the rule set; the minutes component is recognised', () => {
    const list = componentsFor(rs, ['CSTDCS', 'LDTT'], null);
    expect(list).toEqual(rs.awards.CSTDCS.dossier);
    expect(list.some(isMinutesComponent)).toBe(true);
    expect(componentsFor(rs, ['GIAY_KHEN'], ['A', 'B'])).toEqual(['A', 'B']);
  });
});
