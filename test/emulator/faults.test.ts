import { startEmulator, type Emulator } from './index';
import { call, type Item } from './testUtils';

let emu: Emulator;
beforeEach(async () => {
	emu = await startEmulator();
});
afterEach(async () => {
	await emu.close();
});

const newUser = { email: 'f@example.com', given_name: 'F', family_name: 'G' };
const userCount = () => emu.state.users.size;

describe('faults', () => {
	it('answers an injected 503 JSON error before the handler, once by default', async () => {
		emu.faults.add({ method: 'POST', path: '/v1/users', kind: 'status', status: 503 });
		const broken = await call(emu, 'POST', '/v1/users', { body: newUser });
		expect([broken.status, broken.body.code]).toEqual([503, 'InternalError']);
		expect(broken.headers.get('x-rate-limit')).toBe('20000');
		expect(userCount()).toBe(1);
		expect((await call(emu, 'POST', '/v1/users', { body: newUser })).status).toBe(201);
		expect(emu.faults.pending).toBe(0);
	});

	it('breaks the answer after the handler ran (ambiguous failure)', async () => {
		emu.faults.add({ path: '/v1/users', when: 'after', kind: 'status', status: 500 });
		const { status } = await call(emu, 'POST', '/v1/users', { body: newUser });
		expect(status).toBe(500);
		expect(userCount()).toBe(2);
		expect(emu.requestLog.last()?.status).toBe(500);
	});

	it('serves an HTML error page', async () => {
		emu.faults.add({ kind: 'status', status: 502, body: 'html' });
		const { status, headers, text } = await call(emu, 'GET', '/v1/users');
		expect([status, headers.get('content-type')]).toEqual([502, 'text/html']);
		expect(text).toContain('<html>');
	});

	it('resets the connection', async () => {
		emu.faults.add({ kind: 'reset', times: 2 });
		await expect(call(emu, 'GET', '/v1/users')).rejects.toThrow();
		await expect(call(emu, 'GET', '/v1/users')).rejects.toThrow();
		expect((await call(emu, 'GET', '/v1/users')).status).toBe(200);
		expect(emu.requestLog.entries.map((entry) => entry.status)).toEqual([0, 0, 200]);
	});

	it('delays the answer for a slow fault, then answers normally', async () => {
		emu.faults.add({ kind: 'slow', ms: 60 });
		const started = Date.now();
		const { status } = await call(emu, 'GET', '/v1/account/info');
		expect(status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(55);
	});

	it('cuts the JSON body in the middle', async () => {
		emu.faults.add({ kind: 'truncated', when: 'after' });
		const { status, text } = await call(emu, 'GET', '/v1/users');
		expect(status).toBe(200);
		expect(() => JSON.parse(text) as unknown).toThrow();
		expect(text.startsWith('{"code":"Success"')).toBe(true);
	});

	it('answers a 200 HTML page for nonJson', async () => {
		emu.faults.add({ kind: 'nonJson' });
		const { status, headers } = await call(emu, 'GET', '/v1/users');
		expect([status, headers.get('content-type')]).toEqual([200, 'text/html']);
	});

	it('drops data (noData) and replaces the code (codeNotSuccess) on a real answer', async () => {
		emu.faults.add({ kind: 'noData', when: 'after', method: 'GET' });
		emu.faults.add({ kind: 'codeNotSuccess', when: 'after', method: 'POST' });
		const noData = await call(emu, 'GET', '/v1/account/info');
		expect([noData.status, noData.body]).toEqual([200, { code: 'Success' }]);
		const notSuccess = await call<Item>(emu, 'POST', '/v1/users', { body: newUser });
		expect([notSuccess.status, notSuccess.body.code, notSuccess.body.data?.email]).toEqual([
			201,
			'InternalError',
			newUser.email,
		]);
	});

	it('drops one field of data (withoutField), keeping the rest of the answer', async () => {
		emu.faults.add({ kind: 'withoutField', field: 'email', when: 'after', method: 'GET' });
		const answer = await call<Item>(emu, 'GET', `/v1/users/${emu.adminUserId}`);
		expect([answer.status, answer.body.code, answer.body.data?.id]).toEqual([
			200,
			'Success',
			emu.adminUserId,
		]);
		expect(answer.body.data).not.toHaveProperty('email');
	});

	it('matches by route pattern and RegExp, and clear() removes pending faults', async () => {
		emu.faults.add({ path: '/v1/users/:userId', kind: 'status' });
		emu.faults.add({ path: /^\/v1\/account/, kind: 'status', status: 502 });
		expect((await call(emu, 'GET', '/v1/users')).status).toBe(200);
		expect((await call(emu, 'GET', `/v1/users/${emu.adminUserId}`)).status).toBe(500);
		emu.faults.clear();
		expect((await call(emu, 'GET', '/v1/account/info')).status).toBe(200);
	});

	it('cuts a body right after a given text, keeping 8 characters (or `keep`)', async () => {
		const path = `/v1/users/${emu.adminUserId}`;
		const full = (await call(emu, 'GET', path)).text;
		const end = full.indexOf('"email":"') + '"email":"'.length;
		emu.faults.add({ kind: 'truncated', when: 'after', after: '"email":"' });
		emu.faults.add({ kind: 'truncated', when: 'after', after: '"email":"', keep: 0 });
		emu.faults.add({ kind: 'truncated', when: 'after', after: 'no such text' });
		expect((await call(emu, 'GET', path)).text).toBe(full.slice(0, end + 8));
		expect((await call(emu, 'GET', path)).text).toBe(full.slice(0, end));
		expect((await call(emu, 'GET', path)).text).toBe(full.slice(0, Math.floor(full.length / 2)));
	});

	it('merges fields into data and every listed record (withData)', async () => {
		emu.faults.add({ kind: 'withData', when: 'after', fields: { secret: 's3' }, times: 2 });
		const one = await call<Item>(emu, 'GET', `/v1/users/${emu.adminUserId}`);
		const list = await call<{ items: Item[] }>(emu, 'GET', '/v1/users');
		expect(one.body.data).toMatchObject({ id: emu.adminUserId, secret: 's3' });
		expect(list.body.data?.items.length).toBeGreaterThan(0);
		expect(list.body.data?.items.every((item) => item.secret === 's3')).toBe(true);
	});

	it('answers an empty page with a new cursor each time (emptyPage)', async () => {
		emu.faults.add({ kind: 'emptyPage', method: 'GET', times: 2 });
		const pages = [
			await call(emu, 'GET', '/v1/users'),
			await call(emu, 'GET', '/v1/users?cursor=empty-page-1'),
		];
		expect(pages.map(({ body }) => body.data)).toEqual([
			{ items: [], next_cursor: 'empty-page-1' },
			{ items: [], next_cursor: 'empty-page-2' },
		]);
		emu.faults.clear();
		emu.faults.add({ kind: 'emptyPage' });
		expect((await call(emu, 'GET', '/v1/users')).body.data).toEqual({
			items: [],
			next_cursor: 'empty-page-1',
		});
	});
});
