import { Clock } from './clock';
import { startEmulator, type Emulator } from './index';
import { EmulatorState } from './state';
import { seedState } from './seed';
import { basicHeader, call, type Item } from './testUtils';

let emu: Emulator;
beforeEach(async () => {
	emu = await startEmulator({ seed: { users: 3, groups: 2 } });
});
afterEach(async () => {
	await emu.close();
});

function rawAuth(header: string) {
	return call(emu, 'GET', '/v1/account/info', { as: null, headers: { authorization: header } });
}

describe('authentication', () => {
	it('accepts the administrator key and says who is calling', async () => {
		const { status, body } = await call(emu, 'GET', '/v1/account/info');
		expect(status).toBe(200);
		expect(body).toEqual({
			code: 'Success',
			data: {
				account_id: 'account_emulated',
				account_name: 'Emulated Account',
				user_id: emu.adminUserId,
			},
		});
	});

	it.each([
		['missing', undefined],
		['not Basic', 'Bearer abc'],
		['not base64', 'Basic %%%'],
		['no colon', `Basic ${Buffer.from('justakey').toString('base64')}`],
		['empty secret', `Basic ${Buffer.from('key:').toString('base64')}`],
	])('answers 401 for a %s header', async (_label, header) => {
		const { status, body } = await call(emu, 'GET', '/v1/account/info', {
			as: null,
			headers: header === undefined ? {} : { authorization: header },
		});
		expect(status).toBe(401);
		expect(body.code).toBe('Unauthorized');
	});

	it('answers 401 for a wrong secret without echoing it', async () => {
		const { status, text } = await rawAuth(
			basicHeader({ apiKey: emu.apiKey, apiSecret: 'wrong-secret-value' }),
		);
		expect(status).toBe(401);
		expect(text).not.toContain('wrong-secret-value');
		expect(text).not.toContain(emu.apiSecret);
	});

	it('lets a system key in, records last_used_at, and refuses it once expired', async () => {
		const created = await call<Item>(emu, 'POST', '/v1/system-keys', {
			body: {
				name: 'ci_key',
				expiration_period: 'ONE_WEEK',
				// ACCOUNT read: GET /v1/account/info is refused (403) to a system key without it.
				permissions: [{ resource_type: 'ACCOUNT', access_level: 'READ' }],
			},
		});
		expect(created.status).toBe(201);
		const key = {
			apiKey: created.body.data?.key as string,
			apiSecret: created.body.data?.secret as string,
		};
		const info = await call(emu, 'GET', '/v1/account/info', { as: key });
		expect(info.body.data).toEqual({
			account_id: 'account_emulated',
			account_name: 'Emulated Account',
			system_key_id: created.body.data?.id,
		});
		expect(emu.state.systemKeys.get(created.body.data?.id as string)?.last_used_at).toBe(
			'2026-01-01T00:00:00.000Z',
		);
		await emu.clock.advance(7 * 86_400_000);
		expect((await call(emu, 'GET', '/v1/account/info', { as: key })).status).toBe(401);
	});

	it('refuses the old secret after rotation and accepts the new one', async () => {
		const created = await call<Item>(emu, 'POST', '/v1/system-keys', {
			body: { name: 'rotating', permissions: [{ resource_type: 'ACCOUNT', access_level: 'READ' }] },
		});
		const id = created.body.data?.id as string;
		const oldKey = {
			apiKey: created.body.data?.key as string,
			apiSecret: created.body.data?.secret as string,
		};
		const rotated = await call<Item>(emu, 'POST', `/v1/system-keys/${id}/rotate`);
		expect(rotated.status).toBe(200);
		expect((await call(emu, 'GET', '/v1/account/info', { as: oldKey })).status).toBe(401);
		const newKey = { apiKey: oldKey.apiKey, apiSecret: rotated.body.data?.secret as string };
		expect((await call(emu, 'GET', '/v1/account/info', { as: newKey })).status).toBe(200);
	});
});

describe('headers and statuses', () => {
	it('answers 404 for an unknown path and 405 for a known path with the wrong method', async () => {
		const missing = await call(emu, 'GET', '/v1/nothing-here');
		expect([missing.status, missing.body.code]).toEqual([404, 'NotFound']);
		const wrongMethod = await call(emu, 'PUT', '/v1/users', { body: {} });
		expect(wrongMethod.status).toBe(405);
	});

	it('answers 415 for a body without application/json, but accepts a POST without body', async () => {
		const noType = await call(emu, 'POST', '/v1/users', {
			rawBody: '{"email":"x@y.z"}',
			headers: { 'content-type': 'text/plain' },
		});
		expect([noType.status, noType.body.code]).toEqual([415, 'UnsupportedMediaType']);
		const charset = await call(emu, 'POST', '/v1/users', {
			rawBody: JSON.stringify({ email: 'c@d.ef', given_name: 'C', family_name: 'D' }),
			headers: { 'content-type': 'application/json; charset=utf-8' },
		});
		expect(charset.status).toBe(201);
		const created = await call<Item>(emu, 'POST', '/v1/system-keys', {
			body: { name: 'k', permissions: [{ resource_type: 'USER', access_level: 'READ' }] },
		});
		// No body at all: no Content-Type needed.
		const rotate = await call(
			emu,
			'POST',
			`/v1/system-keys/${created.body.data?.id as string}/rotate`,
		);
		expect(rotate.status).toBe(200);
		expect(emu.requestLog.last()?.headers['content-type']).toBeUndefined();
	});

	it('answers 400 InvalidInput for a body that is not JSON', async () => {
		const { status, body } = await call(emu, 'POST', '/v1/users', {
			rawBody: '{"email":',
			headers: { 'content-type': 'application/json' },
		});
		expect([status, body.code]).toEqual([400, 'InvalidInput']);
	});

	it.each(['application/json', 'application/json;version=2', 'application/json; version=2', '*/*'])(
		'accepts Accept: %s',
		async (accept) => {
			expect((await call(emu, 'GET', '/v1/users', { headers: { accept } })).status).toBe(200);
		},
	);

	it.each(['text/html', 'application/xml', 'application/json;version=3'])(
		'answers 406 for Accept: %s',
		async (accept) => {
			const { status, body } = await call(emu, 'GET', '/v1/users', { headers: { accept } });
			expect([status, body.code]).toEqual([406, 'NotAcceptable']);
		},
	);

	it('puts rate-limit headers and a JSON content type on every answer, errors included', async () => {
		for (const result of [
			await call(emu, 'GET', '/v1/users'),
			await call(emu, 'GET', '/v1/users', { as: null }),
			await call(emu, 'GET', '/v1/nope'),
		]) {
			expect(result.headers.get('x-rate-limit')).toBe('20000');
			expect(Number(result.headers.get('x-rate-limit-remaining'))).toBeGreaterThan(19_990);
			expect(result.headers.get('content-type')).toBe('application/json');
		}
	});

	it('serves legacy connectors paths from the connection routes', async () => {
		const legacy = await call(emu, 'GET', '/v1/connectors/missing_one');
		expect([legacy.status, legacy.body.code]).toEqual([404, 'NotFound_Connector']);
		const current = await call(emu, 'GET', '/v1/connections/missing_one');
		expect([current.status, current.body.code]).toEqual([404, 'NotFound_Connection']);
	});

	it('keeps an encoded slash inside one path parameter', async () => {
		const { status, body } = await call(emu, 'GET', '/v1/users/a%2Fconnections');
		expect([status, body.code, body.message]).toEqual([
			404,
			'NotFound_User',
			"User with id 'a/connections' does not exist.",
		]);
	});
	it('answers 400 for a path parameter with malformed percent-encoding', async () => {
		const { status, body } = await call(emu, 'GET', '/v1/users/%E0%A4%A');
		expect([status, body.code]).toEqual([400, 'InvalidInput']);
	});
});

describe('request log', () => {
	it('records requests with the authenticating key instead of the secret', async () => {
		await call(emu, 'POST', '/v1/users?x=1', {
			body: { email: 'log@example.com', given_name: 'L', family_name: 'G' },
		});
		await rawAuth(basicHeader({ apiKey: emu.apiKey, apiSecret: 'nope' }));
		const [first, second] = emu.requestLog.entries;
		expect(first).toMatchObject({
			method: 'POST',
			path: '/v1/users',
			query: { x: '1' },
			body: { email: 'log@example.com', given_name: 'L', family_name: 'G' },
			status: 201,
			at: Date.UTC(2026, 0, 1),
		});
		expect(first.headers.authorization).toBe(`Basic ${emu.apiKey}`);
		expect(second.headers.authorization).toBe('<invalid>');
		expect(JSON.stringify(emu.requestLog.entries)).not.toContain(emu.apiSecret);
		expect(emu.requestLog.count('POST', '/v1/users')).toBe(1);
		expect(emu.requestLog.count(undefined, /^\/v1\/account/)).toBe(1);
		emu.requestLog.clear();
		expect(emu.requestLog.count()).toBe(0);
	});
});

describe('clock', () => {
	it('stands still in manual mode until advanced, running the tickers', async () => {
		const seen: number[] = [];
		const clock = new Clock((now) => {
			seen.push(now);
		});
		expect(clock.now()).toBe(Date.UTC(2026, 0, 1));
		await clock.beforeRequest();
		await clock.advance(60_000);
		expect(seen).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + 60_000]);
		await expect(clock.advance(-1)).rejects.toThrow('non-negative');
	});

	it('advances by the step before each request in auto mode', async () => {
		emu.clock.setAutoStep(30_000);
		await call(emu, 'GET', '/v1/users');
		await call(emu, 'GET', '/v1/users');
		expect(emu.requestLog.entries.map((entry) => entry.at)).toEqual([
			Date.UTC(2026, 0, 1) + 30_000,
			Date.UTC(2026, 0, 1) + 60_000,
		]);
	});

	it('follows wall-clock time in real mode and keeps an advance offset', async () => {
		const clock = new Clock(() => undefined, { mode: 'real' });
		const before = Date.now();
		await clock.advance(3_600_000);
		expect(clock.now() - before).toBeGreaterThanOrEqual(3_600_000);
		expect(clock.now() - before).toBeLessThan(3_600_000 + 5_000);
	});
});

describe('latency option', () => {
	it('delays every answer by latencyMs', async () => {
		emu.setLatency(40);
		const started = Date.now();
		await call(emu, 'GET', '/v1/account/info');
		expect(Date.now() - started).toBeGreaterThanOrEqual(35);
	});
});

describe('seeding', () => {
	it('is deterministic: same seed, same keys and users', () => {
		const [a, b] = [new EmulatorState(), new EmulatorState()];
		const seededA = seedState(a, { users: 20, random: 7 }, 0);
		const seededB = seedState(b, { users: 20, random: 7 }, 0);
		expect([seededA.apiKey, seededA.apiSecret]).toEqual([seededB.apiKey, seededB.apiSecret]);
		expect(seededA.apiKey).toMatch(/^[0-9a-f]{16}$/);
		expect(seededA.apiSecret).toMatch(/^[0-9a-f]{32}$/);
		expect(Array.from(a.users.values())).toEqual(Array.from(b.users.values()));
		expect(seedState(new EmulatorState(), { random: 8 }, 0).apiKey).not.toBe(seededA.apiKey);
	});

	// Seeding and paging speed are measured by `npm run bench`, never asserted here.
	it('seeds 100,000 users and lists them', async () => {
		const big = await startEmulator({ seed: { users: 100_000 } });
		try {
			expect(big.state.users.size).toBe(100_001);
			// Every page of 1,000 until next_cursor is absent: each user exactly once. (Throughput
			// is measured by `npm run bench` and test/emulator/throughputProbe.ts, not here.)
			const ids = new Set<string>();
			let pages = 0;
			let cursor: string | undefined;
			do {
				const query = `limit=1000${cursor ? `&cursor=${cursor}` : ''}`;
				const response = await fetch(`${big.baseUrl}/v1/users?${query}`, {
					headers: { authorization: basicHeader(big) },
				});
				const body = (await response.json()) as {
					data: { items: Array<{ id: string }>; next_cursor?: string };
				};
				for (const user of body.data.items) ids.add(user.id);
				pages += 1;
				cursor = body.data.next_cursor;
			} while (cursor);
			expect(pages).toBe(101);
			expect(ids.size).toBe(100_001);
		} finally {
			await big.close();
		}
	});
});
