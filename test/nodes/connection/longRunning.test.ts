/**
 * Operations that answer only when Fivetran has finished its work (issue 15, defect 7): they are
 * bounded by "Long-Running Timeout" (minutes) instead of "Timeout", and never re-sent after an
 * ambiguous failure. The slow answers spend a little real time (a 300 ms answer against short
 * timeouts); back-off waits are virtual (fakeTime), so a retry would show in `time.sleeps`.
 */
import * as send from '../../../nodes/shared/transport/send';
import { useFakeTransportTime, type FakeTransportTime } from '../../harness/fakeTime';
import { waitForLoggedRequests } from '../../reliability/reliabilityKit';
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
	jest.restoreAllMocks();
});

/** The per-attempt timeouts the transport gave the HTTP client during `run`. */
function recordTimeouts(): number[] {
	const timeouts: number[] = [];
	const original = send.sendOnce;
	jest.spyOn(send, 'sendOnce').mockImplementation(async (context, request) => {
		timeouts.push(request.timeoutMs);
		return await original(context, request);
	});
	return timeouts;
}

const createParameters = (schema: string) => ({
	groupId: byId(kit.groupId),
	service: 'postgres',
	destinationSchema: schema,
	additionalFields: { config: JSON.stringify({ host: 'db.example.com' }) },
});

describe('Create with setup tests', () => {
	it('waits the Long-Running Timeout (10 min by default), not the 30 s Timeout', async () => {
		const timeouts = recordTimeouts();
		const result = await kit.run('create', createParameters('long_default'));
		expect(outputJson(result)[0]).toMatchObject({ schema: 'long_default' });
		expect(timeouts).toEqual([10 * 60_000]);
	});

	it('succeeds when Fivetran answers later than Timeout', async () => {
		// 50 ms stands in for the old 30 s default: the answer comes after it.
		kit.emu.faults.add({ kind: 'slow', ms: 300, method: 'POST', path: '/v1/connections' });
		const result = await kit.run('create', {
			...createParameters('long_slow'),
			requestOptions: { timeout: 50 },
		});
		expect(outputJson(result)[0]).toMatchObject({
			schema: 'long_slow',
			status: { setup_state: 'connected' },
		});
	});

	it('uses Timeout when the setup tests are turned off', async () => {
		const timeouts = recordTimeouts();
		await kit.run('create', {
			...createParameters('long_no_tests'),
			additionalFields: { runSetupTests: false },
			requestOptions: { timeout: 1234 },
		});
		expect(timeouts).toEqual([1234]);
	});
});

describe('Run Setup Tests past Long-Running Timeout', () => {
	it('sends exactly one request and says what to check', async () => {
		const id = String((await kit.createConnection()).id);
		const path = `/v1/connections/${id}/test`;
		kit.emu.faults.add({ kind: 'slow', ms: 300, method: 'POST', path });
		const result = await kit.run('runSetupTests', {
			connectionId: byId(id),
			// 0.001 min = 60 ms.
			requestOptions: { longRunningTimeout: 0.001 },
		});
		// Only the first answer is slow: a re-sent request would have been answered at once.
		await waitForLoggedRequests(kit.emu, 1);
		expect(kit.requests().map((request) => [request.method, request.path])).toEqual([
			['POST', path],
		]);
		expect(time.sleeps).toEqual([]);
		expect(result.error?.message).toMatch(
			/outcome of this request is unknown \(timed out after 60 ms\); it was not sent again because Fivetran may still be working on it/,
		);
		expect(result.error?.description).toMatch(
			/Check the connection's status\.setup_state with Connection › Get, or run the setup tests again later\. If Fivetran needs longer, raise "Long-Running Timeout"/,
		);
	});
});
