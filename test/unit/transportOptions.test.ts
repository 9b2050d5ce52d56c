import { toTransportOptions } from '../../nodes/shared/transport/options';

describe('Request Options: Long-Running Timeout', () => {
	it('defaults to 10 minutes, well past the 30 s Timeout', () => {
		expect(toTransportOptions({})).toMatchObject({
			timeoutMs: 30_000,
			longRunningTimeoutMs: 600_000,
		});
	});

	it.each([
		[2, 120_000],
		['1.5', 90_000],
		[0, 600_000],
		[-1, 600_000],
		['soon', 600_000],
	])('reads %p minutes as %p ms (0 or invalid: the default)', (minutes, ms) => {
		expect(toTransportOptions({ longRunningTimeout: minutes }).longRunningTimeoutMs).toBe(ms);
	});
});
