import { startEmulator, type Emulator } from './index';
import { call } from './testUtils';

let emu: Emulator;
beforeEach(async () => {
	emu = await startEmulator();
});
afterEach(async () => {
	await emu.close();
});

const invite = (n: number) => ({
	body: { email: `u${n}@example.com`, given_name: 'U', family_name: 'N' },
});

describe('rate limits', () => {
	it('counts down X-Rate-Limit-Remaining and answers 429 with Retry-After when the account window is full', async () => {
		emu.rateLimits.setAccountLimit(3, 60_000);
		const remaining: Array<string | null> = [];
		for (let i = 0; i < 3; i++)
			remaining.push((await call(emu, 'GET', '/v1/users')).headers.get('x-rate-limit-remaining'));
		expect(remaining).toEqual(['2', '1', '0']);
		const limited = await call(emu, 'GET', '/v1/users');
		expect(limited.status).toBe(429);
		expect(limited.body).toEqual({
			code: 'TooManyRequests',
			message: 'No more than 3 requests can be made per minute',
		});
		expect(limited.headers.get('retry-after')).toBe('60');
		expect(limited.headers.get('x-rate-limit')).toBe('3');
		await emu.clock.advance(45_000);
		expect((await call(emu, 'GET', '/v1/users')).headers.get('retry-after')).toBe('15');
		await emu.clock.advance(15_000);
		expect((await call(emu, 'GET', '/v1/users')).status).toBe(200);
	});

	it('omits Retry-After when told to', async () => {
		emu.rateLimits.setAccountLimit(1);
		emu.rateLimits.retryAfterHeader = false;
		await call(emu, 'GET', '/v1/users');
		const limited = await call(emu, 'GET', '/v1/users');
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBeNull();
	});

	it('limits one endpoint without touching the others', async () => {
		emu.rateLimits.setEndpointLimit('GET', '/v1/users/:userId', 1);
		expect((await call(emu, 'GET', `/v1/users/${emu.adminUserId}`)).status).toBe(200);
		const limited = await call(emu, 'GET', `/v1/users/${emu.adminUserId}`);
		expect([limited.status, limited.body.message]).toEqual([
			429,
			'No more than 1 requests to GET /v1/users/:userId can be made hourly',
		]);
		expect(limited.headers.get('retry-after')).toBe('3600');
		expect((await call(emu, 'GET', '/v1/users')).status).toBe(200);
	});

	it('limits a rate bucket (user creation)', async () => {
		emu.rateLimits.setBucketLimit('user_creation', 2);
		expect((await call(emu, 'POST', '/v1/users', invite(1))).status).toBe(201);
		expect((await call(emu, 'POST', '/v1/users', invite(2))).status).toBe(201);
		const limited = await call(emu, 'POST', '/v1/users', invite(3));
		expect([limited.status, limited.body.message]).toEqual([
			429,
			'No more than 2 users can be created hourly',
		]);
		expect(emu.state.users.size).toBe(3);
	});

	it('forces the next n matching requests to 429, with or without Retry-After', async () => {
		emu.rateLimits.force(2, { retryAfter: 7, method: 'GET' });
		emu.rateLimits.force(1, { retryAfter: null, path: '/v1/account/info' });
		expect((await call(emu, 'POST', '/v1/users', invite(1))).status).toBe(201);
		const first = await call(emu, 'GET', '/v1/users');
		const second = await call(emu, 'GET', '/v1/users');
		expect([first.status, first.headers.get('retry-after'), second.status]).toEqual([
			429,
			'7',
			429,
		]);
		const noHeader = await call(emu, 'GET', '/v1/account/info');
		expect([noHeader.status, noHeader.headers.get('retry-after')]).toEqual([429, null]);
		expect((await call(emu, 'GET', '/v1/users')).status).toBe(200);
	});

	it('reset() restores the defaults', async () => {
		emu.rateLimits.setAccountLimit(1);
		emu.rateLimits.reset();
		await call(emu, 'GET', '/v1/users');
		const { status, headers } = await call(emu, 'GET', '/v1/users');
		expect([status, headers.get('x-rate-limit'), headers.get('x-rate-limit-remaining')]).toEqual([
			200,
			'20000',
			'19998',
		]);
	});
});
