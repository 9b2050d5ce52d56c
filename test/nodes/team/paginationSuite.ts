/**
 * A list operation across several pages of Fivetran's cursor pagination (at most 1,000
 * records per page): the pages asked for, in order, and the records returned.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { jsonOf } from '../user/userTestKit';
import { runResource } from '../kit';

export interface PaginationSuite {
	resource: string;
	operation: string;
	path: string;
	/** The whole list as the node outputs it, in Fivetran's order (more than 1,000 records). */
	expected: () => IDataObject[];
	parameters?: INodeParameters;
}

export function describePagination(emulator: () => Emulator, suite: PaginationSuite): void {
	const run = (parameters: INodeParameters) =>
		runResource(emulator(), suite.resource, suite.operation, {
			...suite.parameters,
			...parameters,
		});

	/** Per request: the path, the page size asked for and whether a cursor was sent. */
	const pagesRequested = () =>
		emulator().requestLog.entries.map((entry) => ({
			path: entry.path,
			limit: Number(entry.query.limit),
			withCursor: entry.query.cursor !== undefined,
			authorization: entry.headers.authorization,
		}));
	const pages = (...sizes: number[]) =>
		sizes.map((limit, index) => ({
			path: suite.path,
			limit,
			withCursor: index > 0,
			authorization: `Basic ${emulator().apiKey}`,
		}));

	describe(`${suite.resource} ${suite.operation} pagination`, () => {
		it('has more than a page of records', () => {
			expect(suite.expected().length).toBeGreaterThan(1000);
			expect(suite.expected().length).toBeLessThan(2000);
		});

		it('Return All follows the cursor to the last page', async () => {
			const { items } = await run({ returnAll: true });

			expect(pagesRequested()).toEqual(pages(1000, 1000));
			expect(jsonOf(items)).toEqual(suite.expected());
			expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		});

		it.each([
			{ limit: 7, sizes: [7], label: 'smaller than a page' },
			{ limit: 1000, sizes: [1000], label: 'equal to a page' },
			{ limit: 1003, sizes: [1000, 3], label: 'odd, over a page' },
		])('Limit $limit ($label) asks only for what is missing', async ({ limit, sizes }) => {
			const { items } = await run({ returnAll: false, limit });

			expect(pagesRequested()).toEqual(pages(...sizes));
			expect(jsonOf(items)).toEqual(suite.expected().slice(0, limit));
		});

		it('Limit larger than the list returns it all and stops at the last page', async () => {
			const total = suite.expected().length;
			const { items } = await run({ returnAll: false, limit: 1999 });

			expect(pagesRequested()).toEqual(pages(1000, 999));
			expect(items).toHaveLength(total);
		});
	});
}
