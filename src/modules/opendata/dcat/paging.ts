import { NotFoundError } from '../../../shared/errors';

export const defaultPageSize = 100;
export const maxPageSize = 500;

export interface PageRequest {
  /** From 1. */
  page: number;
  pageSize: number;
}

/** Where a page sits in the whole: the numbers hydra's view and the HTTP Link header both state. */
export interface PagePosition extends PageRequest {
  totalItems: number;
  lastPage: number;
  offset: number;
  next: number | null;
  previous: number | null;
}

/** An empty catalogue still has its page 1; a page past the last does not exist. */
export function positionOf(request: PageRequest, totalItems: number): PagePosition {
  const lastPage = Math.max(1, Math.ceil(totalItems / request.pageSize));
  if (request.page > lastPage) throw new NotFoundError(`Không có trang ${request.page} (no such page: the last is ${lastPage})`);
  return {
    ...request,
    totalItems,
    lastPage,
    offset: (request.page - 1) * request.pageSize,
    next: request.page < lastPage ? request.page + 1 : null,
    previous: request.page > 1 ? request.page - 1 : null,
  };
}
