// Property: no sequence of commands reaches DECIDED without appraisal, nor — where the rule set
// requires them — without a public comment and a council vote taken after the last appraisal change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_SOURCES, type CommandType, type ProposalCommand } from './commands';
import { applyCommand, type FlowFacts, type FlowRequirements, initialFlow } from './machine';
import type { ProposalState } from './states';

/** A command of each type, with payloads drawn from the step's random values. */
function commandOf(type: CommandType, n: number, text: string): ProposalCommand {
  switch (type) {
    case 'overrideItem':
      return { type, reason: text };
    case 'returnProposal':
      return { type, reasons: n % 3 === 0 ? [] : [{ code: 'OTHER', text }] };
    case 'issueDecision':
    case 'recordExternalDecision':
      return { type, approvedItems: n % 3 };
    case 'reject':
      return { type, reason: text };
    default:
      return { type } as ProposalCommand;
  }
}

const TYPES = Object.keys(COMMAND_SOURCES) as CommandType[];

// Each step usually picks a command declared for the current state (so runs get deep into the
// workflow), and sometimes any command at all (so invalid ones are tried too).
const step = fc.record({
  pick: fc.nat(),
  anyCommand: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 8, arbitrary: fc.constant(false) },
  ),
  n: fc.nat({ max: 8 }),
  text: fc.constantFrom('', ' ', 'ok', 'lý do đầy đủ'),
});

// Facts mostly favourable, so random runs get deep into the workflow rather than stalling early.
const mostly = fc.oneof(
  { weight: 4, arbitrary: fc.constant(true) },
  { weight: 1, arbitrary: fc.constant(false) },
);
const facts: fc.Arbitrary<FlowFacts> = fc.record({
  hasMinutes: mostly,
  componentsComplete: mostly,
  pendingItems: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) }),
});

const requirements: fc.Arbitrary<FlowRequirements> = fc.record({
  publicComment: fc.boolean(),
  councilVote: fc.boolean(),
  simplified: fc.boolean(),
  proposeUp: fc.boolean(),
});

// Commands after which comment and vote must be taken again.
const RESETS = new Set(['submit', 'returnProposal', 'upholdComment']);

describe('proposal state machine (property)', () => {
  it('never decides without the required steps, in order', () => {
    let decided = 0;
    fc.assert(
      fc.property(
        requirements,
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(step, facts), { minLength: 10, maxLength: 120 }),
        (req, levels, steps) => {
          let flow = initialFlow(req, levels);
          // States entered since the last reset, in order.
          let since: ProposalState[] = [];
          let appraised = false;
          for (const [s, f] of steps) {
            const before = flow.state;
            const valid = TYPES.filter((t) => COMMAND_SOURCES[t].includes(before));
            const pool = s.anyCommand || valid.length === 0 ? TYPES : valid;
            const cmd = commandOf(pool[s.pick % pool.length] as CommandType, s.n, s.text);
            const r = applyCommand(flow, cmd, f);
            if (!r.ok) {
              expect(flow.state).toBe(before);
              continue;
            }
            // Every successful transition starts from a declared source state.
            expect(COMMAND_SOURCES[cmd.type]).toContain(before);
            if (RESETS.has(cmd.type)) since = [];
            flow = r.flow;
            since.push(flow.state);
            if (flow.state === 'APPRAISAL') appraised = true;
            if (flow.state === 'DECIDED' && before !== 'DECIDED') {
              decided += 1;
              expect(appraised).toBe(true);
              expect(since).toContain('APPRAISAL');
              expect(['DECISION_PENDING', 'PROPOSED_UP']).toContain(before);
              expect(before === 'PROPOSED_UP').toBe(req.proposeUp);
              const pc = since.indexOf('PUBLIC_COMMENT');
              const cv = since.indexOf('COUNCIL_VOTE');
              if (req.publicComment) expect(pc).toBeGreaterThanOrEqual(0);
              if (req.councilVote) expect(cv).toBeGreaterThanOrEqual(0);
              if (req.publicComment && req.councilVote) expect(pc).toBeLessThan(cv);
            }
            if (flow.state === 'SUBMITTED' && before !== 'RECEIVED' && !req.simplified) {
              // Outside the simplified path, a first submission always follows a unit review.
              expect(['UNIT_REVIEW', 'RETURNED']).toContain(before);
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
    // The property is only meaningful if random runs do reach decisions.
    expect(decided).toBeGreaterThan(20);
  });

  it('the decision is reachable for every combination of requirements', () => {
    for (const publicComment of [false, true])
      for (const councilVote of [false, true])
        for (const proposeUp of [false, true]) {
          const req = { publicComment, councilVote, simplified: false, proposeUp };
          let flow = initialFlow(req, 2);
          const ok: FlowFacts = { hasMinutes: true, componentsComplete: true, pendingItems: 0 };
          const plan: ProposalCommand[] = [
            { type: 'submitForReview' },
            { type: 'submit' },
            { type: 'receive' },
            { type: 'forward' },
            { type: 'receive' },
            { type: 'startAppraisal' },
            ...(publicComment
              ? [{ type: 'openPublicComment' } as const, { type: 'closePublicComment' } as const]
              : []),
            ...(councilVote
              ? [{ type: 'openCouncil' } as const, { type: 'closeCouncil' } as const]
              : [{ type: 'completeAppraisal' } as const]),
            proposeUp
              ? { type: 'recordExternalDecision', approvedItems: 1 }
              : { type: 'issueDecision', approvedItems: 1 },
          ];
          for (const c of plan) {
            const r = applyCommand(flow, c, ok);
            if (!r.ok) throw new Error(`${c.type} ${JSON.stringify(r.error)}`);
            flow = r.flow;
          }
          expect(flow.state).toBe('DECIDED');
        }
  });
});
