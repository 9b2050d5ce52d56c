import type { IDataObject } from 'n8n-workflow';

import {
	fivetranApiRequestAllItems,
	type TransportContext,
} from '../../nodes/shared/transport';
import { TEST_NODE } from '../harness';

/** A fake context serving `total` records with cursor pagination; records every query. */
function pagedContext(total: number, options: { repeatCursor?: boolean } = {}) {
	const queries: IDataObject[] = [];
	const context = {
		getNode: () => TEST_NODE,
		getCredentials: async () => ({ baseUrl: 'https://api.example.test' }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, request: { qs?: IDataObject }) => {
				const qs = request.qs ?? {};
				queries.push(qs);
				const start = typeof qs.cursor === 'string' ? Number(qs.cursor) : 0;
				const limit = Number(qs.limit);
				const items = Array.from(
					{ length: Math.max(0, Math.min(limit, total - start)) },
					(_, i) => ({
						id: `r${start + i}`,
					}),
				);
				const next =
					start + limit < total ? String(options.repeatCursor ? 0 : start + limit) : undefined;
				const data: IDataObject = { items };
				if (next !== undefined) data.next_cursor = next;
				return { statusCode: 200, headers: {}, body: JSON.stringify({ code: 'Success', data }) };
			},
		},
	} as unknown as TransportContext;
	return { context, queries };
}

describe('fivetranApiRequestAllItems', () => {
	it('asks only for what is missing and stops at the limit', async () => {
		const { context, queries } = pagedContext(5000);
		const records = await fivetranApiRequestAllItems.call(
			context,
			{ path: '/v1/users', qs: { active: true } },
			{ returnAll: false, limit: 1500 },
		);
		expect(records).toHaveLength(1500);
		expect(records[1499]).toEqual({ id: 'r1499' });
		expect(queries).toEqual([
			{ active: true, limit: 1000 },
			{ active: true, limit: 500, cursor: '1000' },
		]);
	});

	it('follows next_cursor to the end with pages of 1000 when returning all', async () => {
		const { context, queries } = pagedContext(2345);
		const records = await fivetranApiRequestAllItems.call(
			context,
			{ path: '/v1/users' },
			{ returnAll: true },
		);
		expect(records.map((record) => record.id)).toEqual(
			Array.from({ length: 2345 }, (_, i) => `r${i}`),
		);
		expect(queries.map((qs) => qs.limit)).toEqual([1000, 1000, 1000]);
	});

	it('uses a smaller page size when asked and a small limit in one request', async () => {
		const small = pagedContext(100);
		expect(
			await fivetranApiRequestAllItems.call(
				small.context,
				{ path: '/x' },
				{ returnAll: false, limit: 3 },
			),
		).toHaveLength(3);
		expect(small.queries).toEqual([{ limit: 3 }]);

		const paged = pagedContext(250);
		await fivetranApiRequestAllItems.call(
			paged.context,
			{ path: '/x' },
			{ returnAll: true, pageSize: 100 },
		);
		expect(paged.queries.map((qs) => qs.limit)).toEqual([100, 100, 100]);
	});

	it('stops on a cursor it has already seen instead of looping forever', async () => {
		const { context, queries } = pagedContext(3000, { repeatCursor: true });
		await fivetranApiRequestAllItems.call(context, { path: '/x' }, { returnAll: true });
		expect(queries).toHaveLength(2);
	});
});
