import type { IngestionProblem } from '../entities';

export type { IngestionProblem };

/** The first problems kept on a job; the count covers them all. */
export const keptProblems = 1000;

/** An ingestion that cannot succeed because of its input: the job fails with these problems. */
export class IngestionFailure extends Error {
  constructor(
    readonly problems: IngestionProblem[],
    readonly problemCount: number = problems.length,
  ) {
    super(problems.map((problem) => `${problem.row ?? '-'}:${problem.column ?? '-'} ${problem.message}`).join('; '));
    this.name = 'IngestionFailure';
  }
}

export function fileProblem(message: string): IngestionFailure {
  return new IngestionFailure([{ row: null, column: null, message }]);
}
