/**
 * The retry choices the Connection operations make through the transport: deletes may be
 * repeated, a sync POST and setup tests never are. Back-off waits are virtual (fakeTime).
 */
import { useFakeTransportTime, type FakeTransportTime } from '../../harness/fakeTime';
import { byId, outputJson, startConnectionKit, type ConnectionKit } from './kit';

let kit: ConnectionKit;
let time: FakeTransportTime;

beforeAll(async () => {
	kit = await startConnectionKit();
});

afterAll(async () => await kit.close());

beforeEach(() => {
	time = useFakeTransportTime();
});

afterEach(() => {
	time.restore();
	kit.emu.faults.clear();
});

function statuses(): Array<[string, number]> {
	return kit.requests().map((request) => [request.method, request.status]);
}

describe('Connection operations under transient failures', () => {
	it('Delete: a retry that finds the connection gone reports it as already deleted', async () => {
		const id = String((await kit.createConnection()).id);
		kit.emu.faults.add({
			method: 'DELETE',
			path: `/v1/connections/${id}`,
			when: 'after',
			kind: 'status',
			status: 502,
		});
		const result = await kit.run('delete', { connectionId: byId(id) });
		expect(statuses()).toEqual([
			['DELETE', 502],
			['DELETE', 404],
		]);
		expect(outputJson(result)).toEqual([
			{ success: true, id, message: `Connection '${id}' was already deleted` },
		]);
	});

	it('Sync: an ambiguous failure is reported, never re-sent', async () => {
		const id = String((await kit.createConnection()).id);
		kit.emu.faults.add({
			method: 'POST',
			path: `/v1/connections/${id}/sync`,
			when: 'after',
			kind: 'status',
			status: 502,
		});
		const result = await kit.run('sync', { connectionId: byId(id) });
		expect(statuses()).toEqual([['POST', 502]]);
		expect(result.error?.httpCode).toBe('502');
		expect(result.error?.context?.itemIndex).toBe(0);
	});

	it('Run Setup Tests: a server error is not re-sent (each run counts against the limit)', async () => {
		const id = String((await kit.createConnection()).id);
		kit.emu.faults.add({
			method: 'POST',
			path: `/v1/connections/${id}/test`,
			kind: 'status',
			status: 503,
		});
		const result = await kit.run('runSetupTests', { connectionId: byId(id) });
		expect(statuses()).toEqual([['POST', 503]]);
		expect(result.error?.message).toMatch(/\[OutcomeUnknown\]$/);
		expect(time.sleeps).toEqual([]);
	});
});
