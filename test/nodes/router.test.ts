import { NodeOperationError, sleep } from 'n8n-workflow';

import { withErrorDetails } from '../../nodes/Fivetran/v1/helpers/errorDetails';
import type { ConcurrencyKind } from '../../nodes/Fivetran/v1/actions/node.type';
import { apiPath, fivetranApiRequest } from '../../nodes/shared/transport';
import { startEmulator, type Emulator } from '../emulator';
import { emulatorCredentials, probeNodeType, runFivetranNode, setProbeScript } from '../harness';

/** Items with ids 0..n-1. */
function inputs(count: number): Array<{ n: number }> {
	return Array.from({ length: count }, (_, n) => ({ n }));
}

describe('router (through n8n-core)', () => {
	let emu: Emulator;
	const run = async (options: { items: number; continueOnFail?: boolean; concurrency?: number }) =>
		await runFivetranNode({
			parameters: {
				resource: 'probe',
				operation: 'script',
				requestOptions:
					options.concurrency === undefined ? {} : { concurrency: options.concurrency },
			},
			credentials: emulatorCredentials(emu),
			inputItems: inputs(options.items),
			continueOnFail: options.continueOnFail,
			nodeType: probe,
		});
	const probe = probeNodeType();

	beforeAll(async () => {
		emu = await startEmulator();
	});
	afterAll(async () => {
		await emu.close();
	});

	it('keeps input order and pairs every output with its input, also for list results', async () => {
		setProbeScript(async function (itemIndex) {
			// Later items finish first, so order must come from the router, not completion.
			await sleep(0);
			const n = this.getInputData()[itemIndex].json.n as number;
			if (n % 2 === 1)
				return [
					{ n, part: 1 },
					{ n, part: 2 },
				];
			return { n };
		});

		const { items, error } = await run({ items: 6 });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ n: 0 },
			{ n: 1, part: 1 },
			{ n: 1, part: 2 },
			{ n: 2 },
			{ n: 3, part: 1 },
			{ n: 3, part: 2 },
			{ n: 4 },
			{ n: 5, part: 1 },
			{ n: 5, part: 2 },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual(
			[0, 1, 1, 2, 3, 3, 4, 5, 5].map((item) => ({ item })),
		);
	});

	it('with Continue On Fail, turns each failure into an error item and runs the others', async () => {
		setProbeScript(async function (itemIndex) {
			if (itemIndex === 1 || itemIndex === 3) {
				throw new NodeOperationError(this.getNode(), `bad item ${itemIndex}`, { itemIndex });
			}
			return { ok: itemIndex };
		});

		const { items, error } = await run({ items: 5, continueOnFail: true });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ ok: 0 },
			{ error: 'bad item 1' },
			{ ok: 2 },
			{ error: 'bad item 3' },
			{ ok: 4 },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
	});

	it('with Continue On Fail, error items carry the details an operation attached', async () => {
		setProbeScript(async function (itemIndex) {
			const error = new NodeOperationError(this.getNode(), 'sync failed', {
				itemIndex,
				description: 'see the logs',
			});
			// A detail named like a router field does not replace it.
			throw withErrorDetails(error, { connectionId: 'c1', tasks: [{ code: 't' }], error: 'x' });
		});

		const { items, error } = await run({ items: 1, continueOnFail: true });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{
				error: 'sync failed',
				description: 'see the logs',
				connectionId: 'c1',
				tasks: [{ code: 't' }],
			},
		]);
	});

	it('with Continue On Fail, error items carry Fivetran code and HTTP status', async () => {
		const { items } = await runFivetranNode({
			parameters: { resource: 'probe', operation: 'request' },
			credentials: emulatorCredentials(emu),
			inputItems: [{ method: 'GET', path: '/v1/users/no_such_user' }],
			continueOnFail: true,
			nodeType: probe,
		});

		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ code: 'NotFound_User', httpCode: '404' });
		expect(items[0].json.error).toMatch(/^Fivetran: .*\[NotFound_User\]$/);
		expect(items[0].json.description).toMatch(/Check the ID/);
	});

	it('without Continue On Fail, stops starting items after the first failure and names that item', async () => {
		const started: number[] = [];
		setProbeScript(async function (itemIndex) {
			started.push(itemIndex);
			if (itemIndex === 2) throw new Error('boom');
			return {};
		});

		const { items, error } = await run({ items: 50, concurrency: 1 });

		expect(items).toHaveLength(0);
		// n8n stores a plain copy of the error in the run data.
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe('boom');
		expect(error?.context?.itemIndex).toBe(2);
		expect(started).toEqual([0, 1, 2]);
	});

	/** A probe script that records the most items it saw in flight at once. */
	function countInFlight(
		concurrency: ConcurrencyKind = 'read',
		yieldOnce = async () => await sleep(0),
	) {
		let inFlight = 0;
		let peak = 0;
		setProbeScript(async (itemIndex) => {
			inFlight += 1;
			peak = Math.max(peak, inFlight);
			await yieldOnce();
			inFlight -= 1;
			return { i: itemIndex };
		}, concurrency);
		return () => peak;
	}

	it('never runs more items at once than the Concurrency option, and uses it fully', async () => {
		let peak = countInFlight();
		await run({ items: 40, concurrency: 3 });
		expect(peak()).toBe(3);

		peak = countInFlight();
		await run({ items: 40 }); // default for a 'read' operation: 5
		expect(peak()).toBe(5);

		peak = countInFlight('write');
		await run({ items: 10 }); // default for a 'write' operation: 1
		expect(peak()).toBe(1);
	});

	it('runs 10,000 items without holding a promise per item', async () => {
		const peak = countInFlight('read', async () => await Promise.resolve());

		const { items, error } = await run({ items: 10_000, concurrency: 10 });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(10_000);
		expect(items[9_999].json).toEqual({ i: 9_999 });
		expect(peak()).toBe(10);
	});

	it('turns an invalid ID (apiPath refusal) into a NodeOperationError naming the item, before any request', async () => {
		emu.requestLog.clear();
		setProbeScript(async function (itemIndex) {
			const id = this.getInputData()[itemIndex].json.n === 1 ? '..' : emu.adminUserId;
			await fivetranApiRequest.call(this, {
				method: 'GET',
				path: apiPath`/v1/users/${id}`,
				itemIndex,
			});
			return {};
		}, 'write');

		const { error } = await run({ items: 3 });

		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(
			"Invalid ID for 'users': the value is '..'. Enter the Fivetran ID of the record.",
		);
		expect(error?.context?.itemIndex).toBe(1);
		expect(emu.requestLog.entries.map((entry) => entry.path)).toEqual([
			`/v1/users/${emu.adminUserId}`,
		]);
	});

	it('refuses an unknown operation with a clear error', async () => {
		const { error } = await runFivetranNode({
			parameters: { resource: 'account', operation: 'nope' },
			credentials: emulatorCredentials(emu),
		});
		expect(error?.message).toBe('The operation "nope" is not supported for resource "account"');
	});
});
