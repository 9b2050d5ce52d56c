import type { IDataObject } from 'n8n-workflow';

import { fivetranApiRequest, type FivetranRequest } from './request';
import type { TransportContext } from './send';

/** Fivetran's maximum page size. */
export const MAX_PAGE_SIZE = 1000;

export interface Page {
	items: IDataObject[];
	/** Absent on the last page. */
	nextCursor?: string;
}

export type ListRequest = Omit<FivetranRequest, 'method' | 'body'>;

/** One page of a list endpoint. */
export async function fivetranApiRequestPage(
	this: TransportContext,
	request: ListRequest,
	page: { cursor?: string; limit: number },
): Promise<Page> {
	const qs: IDataObject = { ...request.qs, limit: page.limit };
	if (page.cursor !== undefined) qs.cursor = page.cursor;
	const { data } = await fivetranApiRequest.call(this, { ...request, method: 'GET', qs });
	const items = Array.isArray(data.items) ? (data.items as IDataObject[]) : [];
	const nextCursor =
		typeof data.next_cursor === 'string' && data.next_cursor !== '' ? data.next_cursor : undefined;
	return { items, nextCursor };
}

/**
 * Follows `next_cursor` and returns at most `limit` records (all of them with returnAll).
 * Each page asks only for what is still missing, up to `pageSize` (default 1000).
 */
export async function fivetranApiRequestAllItems(
	this: TransportContext,
	request: ListRequest,
	options: { returnAll: boolean; limit?: number; pageSize?: number },
): Promise<IDataObject[]> {
	const wanted = options.returnAll ? Number.POSITIVE_INFINITY : Math.max(0, options.limit ?? 50);
	const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, options.pageSize ?? MAX_PAGE_SIZE));
	const records: IDataObject[] = [];
	const seenCursors = new Set<string>();
	let cursor: string | undefined;
	while (records.length < wanted) {
		const limit = Math.min(pageSize, wanted - records.length);
		const page = await fivetranApiRequestPage.call(this, request, { cursor, limit });
		for (const item of page.items) {
			if (records.length >= wanted) break;
			records.push(item);
		}
		// Stop on the last page, and defensively on an empty page or a cursor seen before.
		if (
			page.nextCursor === undefined ||
			page.items.length === 0 ||
			seenCursors.has(page.nextCursor)
		)
			break;
		seenCursors.add(page.nextCursor);
		cursor = page.nextCursor;
	}
	return records;
}
