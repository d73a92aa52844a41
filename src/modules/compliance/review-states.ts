import { ConflictError } from '../../shared/errors';
import type { ReviewState } from '../catalog/service';

/**
 * The review state machine of a dataset (002 §5, §30.2):
 *   DRAFT → SUBMITTED        the owner's steward submits and every automated check passes
 *   SUBMITTED → UNDER_REVIEW the first seat approves
 *   SUBMITTED | UNDER_REVIEW → REJECTED   any seat rejects, with its reason
 *   UNDER_REVIEW → COMPLIANT the third seat approves
 *   REJECTED → DRAFT         the owner's steward reopens it to change it
 *   COMPLIANT → SUBMITTED    a newer version is submitted for reconfirmation
 */
const next: Record<ReviewState, readonly ReviewState[]> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['UNDER_REVIEW', 'REJECTED'],
  UNDER_REVIEW: ['COMPLIANT', 'REJECTED'],
  COMPLIANT: ['SUBMITTED'],
  REJECTED: ['DRAFT'],
};

export function canTransition(from: ReviewState, to: ReviewState): boolean {
  return next[from].includes(to);
}

export function assertTransition(from: ReviewState, to: ReviewState): void {
  if (!canTransition(from, to)) {
    throw new ConflictError(`Không thể chuyển từ ${from} sang ${to} (a dataset in ${from} cannot become ${to})`, 'slug');
  }
}
