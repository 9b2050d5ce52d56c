/**
 * fivetranApiRequest through real n8n-core against the emulator: headers, envelope handling,
 * malformed answers and the retry rules, with the transport's waits recorded instead of slept.
 */
import type { INodeParameters } from 'n8n-workflow';

import { fivetranApiRequest } from '../../nodes/shared/transport';
import { startEmulator, type Emulator } from '../emulator';
import { waitForLoggedRequests } from '../reliability/reliabilityKit';
import {
	emulatorCredentials,
	probeNodeType,
	runFivetranNode,
	setProbeScript,
	useFakeTransportTime,
	useHeldTransportTime,
	type FakeTransportTime,
} from '../harness';

describe('fivetranApiRequest (against the emulator)', () => {
	let emu: Emulator;
	let time: FakeTransportTime;
	const probe = probeNodeType();

	/** Sends one request per input item through the probe operation. */
	const send = async (requests: object[], requestOptions: INodeParameters = {}) =>
		await runFivetranNode({
			parameters: { resource: 'probe', operation: 'request', requestOptions },
			credentials: emulatorCredentials(emu),
			inputItems: requests as never,
			nodeType: probe,
		});

	const inviteBody = (email: string) => ({ email, given_name: 'Ada', family_name: 'Lovelace' });

	beforeAll(async () => {
		emu = await startEmulator();
	});
	afterAll(async () => {
		await emu.close();
	});
	beforeEach(() => {
		emu.requestLog.clear();
		emu.faults.clear();
		emu.rateLimits.reset();
		time = useFakeTransportTime();
	});
	afterEach(() => time.restore());

	describe('headers and envelope', () => {
		it('sends Accept version=2 when asked and JSON with Content-Type on POST', async () => {
			const { items, error } = await send([
				{ method: 'GET', path: '/v1/connections', acceptVersion2: true },
				{ method: 'POST', path: '/v1/users', body: inviteBody('headers@example.com') },
			]);

			expect(error).toBeUndefined();
			const [list, invite] = emu.requestLog.entries;
			expect(list.headers.accept).toBe('application/json;version=2');
			expect(invite.headers.accept).toBe('application/json');
			expect(invite.headers['content-type']).toBe('application/json');
			expect(invite.body).toMatchObject(inviteBody('headers@example.com'));
			expect(items[1].json).toMatchObject({ status: 201, data: { email: 'headers@example.com' } });
		});

		it('returns {} as data (and the message) for answers without data', async () => {
			const { items } = await send([
				{ method: 'POST', path: '/v1/users', body: inviteBody('del@example.com') },
			]);
			const id = (items[0].json.data as { id: string }).id;

			const deleted = await send([{ method: 'DELETE', path: `/v1/users/${id}` }]);

			expect(deleted.items[0].json).toEqual({
				data: {},
				code: 'Success',
				status: 200,
				message: expect.stringContaining(id),
			});
		});

		it.each([
			['nonJson', /not a JSON envelope \("<html>/],
			['truncated', /not a JSON envelope/],
			['codeNotSuccess', /code 'InternalError' instead of 'Success'/],
		] as const)(
			'turns a %s answer into a clear error with the HTTP status',
			async (kind, message) => {
				emu.faults.add({ kind, method: 'GET', path: '/v1/account/info' });

				const { items, error } = await send([{ method: 'GET', path: '/v1/account/info' }]);

				expect(items).toHaveLength(0);
				expect(error?.message).toMatch(/^Fivetran: /);
				expect(error?.message).toMatch(message);
				expect(error?.description).toContain('HTTP 200');
				expect(error?.description).toContain('(GET /v1/account/info)');
			},
		);

		it('refuses a read whose envelope has no data (never a silent {})', async () => {
			emu.faults.add({ kind: 'noData', method: 'GET', path: '/v1/account/info', when: 'after' });
			const { items, error } = await send([{ method: 'GET', path: '/v1/account/info' }]);
			expect(items).toHaveLength(0);
			expect(error?.message).toMatch(/without the record \('data' is missing\)/);
		});

		it('reports a 404 with Fivetran code, message and the item index', async () => {
			const { error } = await send([
				{ method: 'GET', path: '/v1/account/info' },
				{ method: 'GET', path: '/v1/users/nobody' },
			]);

			expect(error?.message).toBe(
				"Fivetran: User with id 'nobody' does not exist. [NotFound_User]",
			);
			expect(error?.httpCode).toBe('404');
			expect(error?.context?.itemIndex).toBe(1);
			expect(error?.description).toMatch(/Check the ID/);
		});
	});

	// Issue 16, item 2: 'api.fivetran.com' failed like a network outage (reads retried, a create
	// "outcome unknown") although nothing was sent.
	describe('a base URL without a scheme', () => {
		it.each([
			['GET', '/v1/account/info', undefined],
			['POST', '/v1/users', inviteBody('noscheme@example.com')],
		] as const)(
			'refuses a %s before sending anything, naming the fix',
			async (method, path, body) => {
				const noScheme = emu.baseUrl.replace(/^http:\/\//, '');

				const { items, error } = await runFivetranNode({
					parameters: { resource: 'probe', operation: 'request', requestOptions: {} },
					credentials: { ...emulatorCredentials(emu), baseUrl: noScheme },
					inputItems: [{ method, path, body }] as never,
					nodeType: probe,
				});

				expect(items).toHaveLength(0);
				expect(error?.name).toBe('NodeOperationError');
				expect(error?.message).toBe(
					`The Base URL in the Fivetran API credential is not a usable URL ('${noScheme}'): add the scheme, e.g. https://${noScheme}`,
				);
				expect(error?.description).toMatch(/Nothing was sent to Fivetran/);
				expect(error?.context?.itemIndex).toBe(0);
				expect(emu.requestLog.entries).toHaveLength(0);
				expect(time.sleeps).toEqual([]);
			},
		);
	});

	describe('retries after server errors and network failures', () => {
		it('retries a GET after 502 (HTML page) and a reset, then succeeds', async () => {
			emu.faults.add({
				kind: 'status',
				status: 502,
				body: 'html',
				method: 'GET',
				path: '/v1/account/info',
			});
			emu.faults.add({ kind: 'reset', method: 'GET', path: '/v1/account/info' });

			const { items, error } = await send([{ method: 'GET', path: '/v1/account/info' }]);

			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ data: { account_id: emu.state.accountId } });
			expect(emu.requestLog.count('GET', '/v1/account/info')).toBe(3);
			expect(time.sleeps).toEqual([375, 750]);
		});

		it('gives up after Max Retries with the last status', async () => {
			emu.faults.add({
				kind: 'status',
				status: 503,
				method: 'GET',
				path: '/v1/account/info',
				times: 10,
			});

			const { error } = await send([{ method: 'GET', path: '/v1/account/info' }], {
				maxRetries: 2,
			});

			expect(emu.requestLog.count('GET', '/v1/account/info')).toBe(3);
			expect(error?.httpCode).toBe('503');
			expect(error?.description).toContain('Failed after 3 attempts');
		});

		it.each([
			['502', 'status502', { kind: 'status', status: 502 }],
			['a connection reset', 'reset', { kind: 'reset' }],
		] as const)(
			'never re-sends a POST (invite) after %s: the outcome is unknown',
			async (_label, name, fault) => {
				emu.faults.add({ ...fault, method: 'POST', path: '/v1/users', when: 'after' });
				const email = `once-${name}@example.com`;

				const { error } = await send([
					{ method: 'POST', path: '/v1/users', body: inviteBody(email) },
				]);

				expect(emu.requestLog.count('POST', '/v1/users')).toBe(1);
				expect(error?.message).toMatch(/outcome of this request is unknown/);
				expect(error?.message).toMatch(/\[OutcomeUnknown\]$/);
				expect(error?.description).toMatch(/before retrying/);
				// The user was created by the one request that was sent.
				const created = [...emu.state.users.values()].filter((user) => user.email === email);
				expect(created).toHaveLength(1);
			},
		);

		it('never re-sends a POST after a client timeout', async () => {
			emu.faults.add({ kind: 'slow', ms: 300, method: 'POST', path: '/v1/users' });

			const { error } = await send(
				[{ method: 'POST', path: '/v1/users', body: inviteBody('slow@example.com') }],
				{
					timeout: 50,
				},
			);

			expect(error?.message).toMatch(
				/outcome of this request is unknown \(timed out after 50 ms\)/,
			);
			expect(time.sleeps).toEqual([]);
			// The emulator answers the abandoned request 300 ms later; wait for it, or on a busy
			// machine it lands in the next test (and takes a 429 forced there).
			await waitForLoggedRequests(emu, 1);
			expect(emu.requestLog.count('POST', '/v1/users')).toBe(1);
		});

		it('retries a POST marked idempotent (e.g. setup tests) after 502', async () => {
			emu.faults.add({ kind: 'status', status: 502, method: 'GET', path: '/v1/account/info' });
			emu.faults.add({ kind: 'status', status: 502, method: 'POST', path: '/v1/users' });

			await send([
				{
					method: 'POST',
					path: '/v1/users',
					idempotent: true,
					body: inviteBody('idem@example.com'),
				},
			]);

			expect(emu.requestLog.count('POST', '/v1/users')).toBe(2);
		});

		it('counts a DELETE that answers 404 after an ambiguous failure as already deleted', async () => {
			const { items } = await send([
				{ method: 'POST', path: '/v1/users', body: inviteBody('gone@example.com') },
			]);
			const id = (items[0].json.data as { id: string }).id;
			emu.faults.add({ kind: 'reset', method: 'DELETE', when: 'after' });

			const deleted = await send([{ method: 'DELETE', path: `/v1/users/${id}` }]);

			expect(deleted.error).toBeUndefined();
			expect(deleted.items[0].json).toMatchObject({ alreadyDeleted: true, status: 404 });
			expect(emu.requestLog.count('DELETE')).toBe(2);
		});

		it('treats a first-attempt 404 on DELETE as an error', async () => {
			const { error } = await send([{ method: 'DELETE', path: '/v1/users/never_existed' }]);
			expect(error?.httpCode).toBe('404');
			expect(emu.requestLog.count('DELETE')).toBe(1);
		});
	});

	describe('rate limits', () => {
		it('honours Retry-After on a 429 for every method, including POST', async () => {
			emu.rateLimits.force(2, { retryAfter: 7, method: 'POST', path: '/v1/users' });

			const { error } = await send([
				{ method: 'POST', path: '/v1/users', body: inviteBody('limited@example.com') },
			]);

			expect(error).toBeUndefined();
			expect(emu.requestLog.count('POST', '/v1/users')).toBe(3);
			expect(time.totalSleptMs()).toBe(14_000);
		});

		it('backs off exponentially when Retry-After is missing', async () => {
			emu.rateLimits.retryAfterHeader = false;
			emu.rateLimits.force(3, { method: 'GET', path: '/v1/account/info' });

			await send([{ method: 'GET', path: '/v1/account/info' }]);

			expect(time.sleeps).toEqual([1500, 3000, 6000]);
		});

		// Issue 16, item 1: a zero wait never used up Max Wait on Rate Limit and nothing capped
		// the retries: one item sent 20,000 POSTs in 0.2 s.
		describe.each([
			['0', '0'],
			['negative', '-1'],
			['junk Date.parse accepts', 'abc 2'],
			['an HTTP date in the past', 'Thu, 01 Jan 1970 00:00:00 GMT'],
		])('a server answering 429 with Retry-After %s forever', (_label, retryAfter) => {
			const backoff = [1500, 3000, 6000, 12_000, 24_000, 45_000, 45_000, 45_000, 45_000, 45_000];

			it.each([
				['GET', '/v1/account/info', undefined],
				['POST', '/v1/users', inviteBody('storm@example.com')],
			] as const)(
				'gets 11 %s requests, backed off, then a rate-limit error',
				async (method, path, body) => {
					emu.rateLimits.force(Number.POSITIVE_INFINITY, { retryAfter, method, path });

					const { items, error } = await send([{ method, path, body }], {
						maxRateLimitWait: 86_400,
					});

					expect(emu.requestLog.count(method, path)).toBe(11);
					expect(time.sleeps).toEqual(backoff);
					expect(items).toHaveLength(0);
					expect(error?.httpCode).toBe('429');
					expect(error?.message).toMatch(/^Fivetran: No more than .* hourly \[TooManyRequests\]$/);
					expect(error?.description).toMatch(
						/^Gave up on Fivetran's rate limit after 10 retries of this request \(waited 272 s\)\. HTTP 429\./,
					);
					expect(error?.context?.itemIndex).toBe(0);
				},
			);
		});

		it('stops at Max Wait on Rate Limit before the retry cap with the default budget', async () => {
			emu.rateLimits.force(Number.POSITIVE_INFINITY, {
				retryAfter: 60,
				method: 'GET',
				path: '/v1/account/info',
			});

			const { error } = await send([{ method: 'GET', path: '/v1/account/info' }]);

			// 5 waits of 60 s fill the default 300 s budget.
			expect(emu.requestLog.count('GET', '/v1/account/info')).toBe(6);
			expect(time.totalSleptMs()).toBe(300_000);
			expect(error?.description).toMatch(/Max Wait on Rate Limit" \(300 s; already waited 300 s\)/);
		});

		it("fails with Fivetran's limit message once the wait would pass Max Wait on Rate Limit", async () => {
			emu.rateLimits.force(10, { retryAfter: 3600, method: 'GET', path: '/v1/account/info' });

			const { error } = await send([{ method: 'GET', path: '/v1/account/info' }], {
				maxRateLimitWait: 60,
			});

			expect(emu.requestLog.count('GET', '/v1/account/info')).toBe(1);
			expect(error?.httpCode).toBe('429');
			expect(error?.message).toMatch(/^Fivetran: No more than .* hourly \[TooManyRequests\]$/);
			expect(error?.description).toMatch(/Max Wait on Rate Limit" \(60 s/);
		});

		// Issue 16, item 13: with a gate per request, this survived (every test above passes).
		it('holds an item that starts while another waits out a 429: one gate per execution', async () => {
			time.restore();
			let requestsWhileHeld = -1;
			const held = useHeldTransportTime(() => {
				requestsWhileHeld = emu.requestLog.entries.length;
			});
			time = held;
			emu.rateLimits.force(1, { retryAfter: 5, method: 'GET', path: '/v1/account/info' });
			setProbeScript(async function (itemIndex) {
				// The second item sends only once the first is waiting out its 429.
				if (itemIndex === 1) await held.firstSleep;
				const { status } = await fivetranApiRequest.call(this, {
					method: 'GET',
					path: '/v1/account/info',
					itemIndex,
				});
				held.release();
				return { status };
			});

			const { items, error } = await runFivetranNode({
				parameters: { resource: 'probe', operation: 'script' },
				credentials: emulatorCredentials(emu),
				inputItems: [{}, {}],
				nodeType: probe,
			});

			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.status)).toEqual([200, 200]);
			// Item 1 waited for the same moment as item 0 instead of going to Fivetran.
			expect(held.sleeps).toEqual([5000, 5000]);
			expect(requestsWhileHeld).toBe(1);
			expect(emu.requestLog.entries.map((entry) => entry.status)).toEqual([429, 200, 200]);
		});

		it('makes concurrent items wait for the same Retry-After instead of each retrying', async () => {
			emu.rateLimits.force(1, { retryAfter: 5, method: 'GET', path: '/v1/account/info' });
			const requests = Array.from({ length: 5 }, () => ({
				method: 'GET',
				path: '/v1/account/info',
			}));

			const { items, error } = await send(requests, { concurrency: 5 });

			expect(error).toBeUndefined();
			expect(items).toHaveLength(5);
			// One 429 for five concurrent items: one extra request, not five.
			expect(emu.requestLog.count('GET', '/v1/account/info')).toBe(6);
			expect(emu.requestLog.entries.filter((entry) => entry.status === 429)).toHaveLength(1);
		});
	});
});
