import { reviewStates, type ReviewState } from '../../src/modules/catalog/entities';
import { verdictOf } from '../../src/modules/compliance/council';
import type { SeatDecision } from '../../src/modules/compliance/entities';
import { assertTransition } from '../../src/modules/compliance/review-states';
import { ConflictError } from '../../src/shared/errors';

// Pure rules of the review: no hub, no database. The journeys are in council.test.ts and checks.test.ts.
const allowed: Record<ReviewState, ReviewState[]> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['UNDER_REVIEW', 'REJECTED'],
  UNDER_REVIEW: ['COMPLIANT', 'REJECTED'],
  COMPLIANT: ['SUBMITTED'],
  REJECTED: ['DRAFT'],
};

const everyPair = reviewStates.flatMap((from) => reviewStates.map((to) => [from, to, allowed[from].includes(to)] as const));

describe('002 §5, §30.2: the review state machine of a dataset (pure)', () => {
  it.each(everyPair)('002 §5: %s → %s allowed: %s', (from, to, ok) => {
    if (ok) expect(() => assertTransition(from, to)).not.toThrow();
    else expect(() => assertTransition(from, to)).toThrow(ConflictError);
  });

  it('002 §5.5: nothing becomes COMPLIANT without the council, and a refused move names both states', () => {
    expect(reviewStates.filter((from) => allowed[from].includes('COMPLIANT'))).toEqual(['UNDER_REVIEW']);
    expect(() => assertTransition('DRAFT', 'COMPLIANT')).toThrow('a dataset in DRAFT cannot become COMPLIANT');
  });
});

describe('002 §5.5: the council’s verdict (pure)', () => {
  const seat = (which: SeatDecision['seat'], decision: SeatDecision['decision']) => ({ seat: which, decision }) as SeatDecision;

  it.each<[string, ReturnType<typeof verdictOf>, SeatDecision[]]>([
    ['no decision yet', 'OPEN', []],
    ['two of three seats approve', 'OPEN', [seat('PPC_OFFICE', 'APPROVE'), seat('DIC', 'APPROVE')]],
    ['all three seats approve', 'COMPLIANT', [seat('PPC_OFFICE', 'APPROVE'), seat('DIC', 'APPROVE'), seat('OWNER', 'APPROVE')]],
    ['one seat rejects, the others approve', 'REJECTED', [seat('PPC_OFFICE', 'APPROVE'), seat('DIC', 'REJECT'), seat('OWNER', 'APPROVE')]],
    ['the first decision is a rejection', 'REJECTED', [seat('OWNER', 'REJECT')]],
    ['one seat approving twice is still one seat', 'OPEN', [seat('DIC', 'APPROVE'), seat('DIC', 'APPROVE'), seat('OWNER', 'APPROVE')]],
  ])('002 §5.5: %s → %s', (_, verdict, decisions) => {
    expect(verdictOf(decisions)).toBe(verdict);
  });
});
