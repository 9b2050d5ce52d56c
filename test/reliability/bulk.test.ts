/**
 * Bulk safety: one failing item under Continue On Fail neither stops nor repeats the others;
 * without it the run stops at the first failure and names the item. Request counts come from
 * the emulator's log. (10,000 items: manyItems.test.ts.)
 */
import type { IDataObject } from 'n8n-workflow';

import { byId, useFakeTransportTime, type FakeTransportTime } from '../harness';
import { startConnectionKit, type ConnectionKit } from '../nodes/connection/kit';
import { runResource } from './reliabilityKit';

let kit: ConnectionKit;
let time: FakeTransportTime;
let connectionId: string;

beforeAll(async () => {
	kit = await startConnectionKit();
	connectionId = String((await kit.createConnection()).id);
});
afterAll(async () => await kit.close());
beforeEach(() => {
	time = useFakeTransportTime();
});
afterEach(() => {
	time.restore();
	kit.emu.faults.clear();
});

const ITEM_FROM_INPUT = byId('={{ $json.id }}');
const MISSING = 'no_such_id';

/** `count` items with the same id, except `MISSING` at `failAt`. */
function items(count: number, id: string, failAt?: number): IDataObject[] {
	return Array.from({ length: count }, (_, index) => ({ id: index === failAt ? MISSING : id }));
}

/** Requests per path, to prove nothing was sent twice. */
function requestsPerPath(): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { path } of kit.requests()) counts.set(path, (counts.get(path) ?? 0) + 1);
	return counts;
}

describe('one failing item among many', () => {
	const users = () =>
		Array.from({ length: 12 }, (_, index) => ({ id: kit.emu.adminUserId, index }));

	it('Continue On Fail: the others run once each, the failing item carries its error', async () => {
		const input = items(12, connectionId, 4);

		const result = await runResource(
			kit,
			'connection',
			'get',
			{ connectionId: ITEM_FROM_INPUT },
			{ inputItems: input, continueOnFail: true },
		);

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		expect(result.items[4].json).toMatchObject({
			httpCode: '404',
			error: expect.stringContaining(MISSING),
		});
		expect(result.items.filter((item) => item.json.id === connectionId)).toHaveLength(11);
		expect(requestsPerPath()).toEqual(
			new Map([
				[`/v1/connections/${connectionId}`, 11],
				[`/v1/connections/${MISSING}`, 1],
			]),
		);
	});

	it('Continue On Fail: an ambiguous failure of one create is not re-sent, the others are created once', async () => {
		const emails = Array.from({ length: 8 }, (_, index) => `bulk${index}@example.com`);
		kit.emu.faults.add({ kind: 'reset', when: 'after', method: 'POST', path: '/v1/users' });

		const result = await runResource(
			kit,
			'user',
			'invite',
			{ email: '={{ $json.email }}', givenName: 'Bulk', familyName: 'Invite' },
			{ inputItems: emails.map((email) => ({ email })), continueOnFail: true },
		);

		expect(kit.requests()).toHaveLength(8);
		expect(result.items[0].json).toMatchObject({ code: 'OutcomeUnknown' });
		expect(result.items.slice(1).map((item) => item.json.email)).toEqual(emails.slice(1));
		const stored = [...kit.emu.state.users.values()].map((user) => user.email);
		for (const email of emails) expect(stored.filter((known) => known === email)).toHaveLength(1);
	});

	it('without Continue On Fail: a write stops at the failing item and names it', async () => {
		const input = users().map((user, index) => (index === 5 ? { ...user, id: MISSING } : user));

		const { error, items: output } = await runResource(
			kit,
			'user',
			'update',
			{ userId: ITEM_FROM_INPUT, updateFields: { givenName: 'Bulk' } },
			{ inputItems: input },
		);

		expect(output).toHaveLength(0);
		expect(error?.context?.itemIndex).toBe(5);
		expect(error?.message).toContain(MISSING);
		// Writes run one at a time: items 0-5 were sent, 6-11 never started.
		expect(kit.requests().map((request) => request.path)).toEqual([
			...Array.from({ length: 5 }, () => `/v1/users/${kit.emu.adminUserId}`),
			`/v1/users/${MISSING}`,
		]);
	});

	it('without Continue On Fail: concurrent reads start nothing new after the failure', async () => {
		const input = items(40, connectionId, 7);

		const { error } = await runResource(
			kit,
			'connection',
			'get',
			{ connectionId: ITEM_FROM_INPUT },
			{ inputItems: input },
		);

		expect(error?.context?.itemIndex).toBe(7);
		const sent = kit.requests().length;
		// Items 0-7 were sent; at most the 5 - 1 other reads in flight finish; none is repeated.
		expect(sent).toBeGreaterThanOrEqual(8);
		expect(sent).toBeLessThanOrEqual(12);
		expect(requestsPerPath().get(`/v1/connections/${MISSING}`)).toBe(1);
	});
});
