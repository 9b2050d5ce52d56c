/**
 * Issue 5's fault-injection matrix (matrix.ts) through real n8n-core against the emulator:
 * for every fault and every target, the requests the emulator received, the outcome, and that
 * the create never happened twice. Back-off waits are virtual (fake transport time); only the
 * slow rows spend real time (a 50 ms Timeout against a 300 ms answer).
 */
import type { IHttpRequestMethods, INodeParameters } from 'n8n-workflow';

import type { HttpMethod } from '../emulator/types';
import { byId, useFakeTransportTime, type FakeTransportTime } from '../harness';
import { startConnectionKit, type ConnectionKit, type RunResult } from '../nodes/connection/kit';
import { MATRIX, TARGETS, type MatrixRow, type Target } from './matrix';
import { requestsReceived, runResource, waitForLoggedRequests } from './reliabilityKit';

let kit: ConnectionKit;
let time: FakeTransportTime;
let connectionId: string;
let userId: string;

beforeAll(async () => {
	kit = await startConnectionKit();
	connectionId = String((await kit.createConnection()).id);
	userId = String((await kit.call('POST', '/v1/users', invitee('fixture'))).body.data?.id);
});
afterAll(async () => await kit.close());
beforeEach(() => {
	time = useFakeTransportTime();
	kit.emu.requestLog.clear();
});
afterEach(() => {
	time.restore();
	kit.emu.faults.clear();
	kit.emu.rateLimits.reset();
});

function invitee(name: string) {
	return { email: `${name}@matrix.example.com`, given_name: 'Matrix', family_name: name };
}

let caseCounter = 0;

interface TargetRun {
	method: IHttpRequestMethods;
	path: string;
	/** Runs the operation; `tag` makes the created / written values unique per case. */
	run(tag: string, requestOptions: INodeParameters): Promise<RunResult>;
	/** What the output item must show on success. */
	expected(tag: string): Record<string, unknown>;
}

const targets: Record<Target, () => TargetRun> = {
	read: () => ({
		method: 'GET',
		path: `/v1/connections/${connectionId}`,
		run: async (_tag, requestOptions) =>
			await runResource(kit, 'connection', 'get', {
				connectionId: byId(connectionId),
				requestOptions,
			}),
		expected: () => ({ id: connectionId }),
	}),
	write: () => ({
		method: 'PATCH',
		path: `/v1/users/${userId}`,
		run: async (tag, requestOptions) =>
			await runResource(kit, 'user', 'update', {
				userId: byId(userId),
				updateFields: { givenName: tag },
				requestOptions,
			}),
		expected: (tag) => ({ id: userId, given_name: tag }),
	}),
	create: () => ({
		method: 'POST',
		path: '/v1/users',
		run: async (tag, requestOptions) =>
			await runResource(kit, 'user', 'invite', {
				email: invitee(tag).email,
				givenName: 'Matrix',
				familyName: tag,
				requestOptions,
			}),
		expected: (tag) => ({ email: invitee(tag).email, invited: true }),
	}),
};

function inject(row: MatrixRow, target: TargetRun): void {
	const where = { method: target.method as HttpMethod, path: target.path };
	if ('rateLimit' in row.fault) {
		const { retryAfter, times = 1 } = row.fault.rateLimit;
		kit.emu.rateLimits.force(times, { ...where, retryAfter });
	} else kit.emu.faults.add({ ...row.fault.fault, ...where });
}

function usersInvitedAs(tag: string): number {
	return [...kit.emu.state.users.values()].filter((user) => user.email === invitee(tag).email)
		.length;
}

describe.each(MATRIX)('$name', (row) => {
	it.each(TARGETS)('%s', async (name) => {
		const target = targets[name]();
		const expectation = row.expect[name];
		const tag = `case${++caseCounter}`;
		inject(row, target);

		const result = await target.run(tag, row.timeoutMs ? { timeout: row.timeoutMs } : {});
		// A slow answer reaches the log only once the emulator has answered it.
		await waitForLoggedRequests(kit.emu, expectation.requests);

		expect(requestsReceived(kit.emu, target)).toBe(expectation.requests);
		if (expectation.error === undefined) {
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json)).toEqual([
				expect.objectContaining(target.expected(tag)),
			]);
		} else {
			expect(result.items).toHaveLength(0);
			expect(result.error?.message).toMatch(expectation.error);
			if (expectation.httpCode) expect(result.error?.httpCode).toBe(expectation.httpCode);
			expect(result.error?.context?.itemIndex).toBe(0);
		}
		if (name === 'create') expect(usersInvitedAs(tag)).toBe(expectation.created);
		if (row.waitedMs !== undefined) expect(time.totalSleptMs()).toBe(row.waitedMs);
	});
});

describe('what an unknown outcome tells the user', () => {
	it('names what to check before retrying', async () => {
		const target = targets.create();
		kit.emu.faults.add({
			kind: 'status',
			status: 502,
			when: 'after',
			method: 'POST',
			path: target.path,
		});

		const { error } = await target.run('advice', {});

		expect(error?.description).toMatch(
			/^Check in Fivetran whether the change happened before retrying/,
		);
		expect(error?.description).toContain('(POST /v1/users)');
	});

	it('says an unusable 2xx answer to a change was most likely applied', async () => {
		const target = targets.write();
		kit.emu.faults.add({ kind: 'truncated', when: 'after', method: 'PATCH', path: target.path });

		const { error } = await target.run('applied', {});

		expect(error?.description).toMatch(
			/most likely applied: check in Fivetran before running it again/,
		);
	});
});
