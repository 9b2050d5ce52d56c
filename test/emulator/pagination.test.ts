import { startEmulator, type Emulator } from './index';
import { call, listAll, type Item, type Page } from './testUtils';

let emu: Emulator;
beforeAll(async () => {
	emu = await startEmulator({ seed: { users: 999 } });
});
afterAll(async () => {
	await emu.close();
});

/** Ids of all users, as stored (creation order). */
function storedIds(): string[] {
	return Array.from(emu.state.users.keys());
}

describe('cursor pagination', () => {
	it.each([7, 1000])('returns every record exactly once with limit %i', async (limit) => {
		const items = await listAll(emu, '/v1/users', limit);
		expect(items.map((item) => item.id)).toEqual(storedIds());
	});

	it('pages one by one through a filtered list with limit 1', async () => {
		const small = await startEmulator({ seed: { users: 120 } });
		try {
			const items = await listAll(small, '/v1/users?active=true', 1);
			const active = Array.from(small.state.users.values()).filter((user) => user.active);
			expect(active.length).toBeLessThan(small.state.users.size);
			expect(items.map((item) => item.id)).toEqual(active.map((user) => user.id));
		} finally {
			await small.close();
		}
	});

	it('defaults to 100 items and omits next_cursor on the last page', async () => {
		const first = await call<Page>(emu, 'GET', '/v1/users');
		expect(first.body.data?.items).toHaveLength(100);
		expect(typeof first.body.data?.next_cursor).toBe('string');
		const fresh = await startEmulator();
		try {
			const only = await call<Page>(fresh, 'GET', '/v1/users');
			expect(only.body).toEqual({
				code: 'Success',
				data: { items: [expect.objectContaining({ id: fresh.adminUserId })] },
			});
		} finally {
			await fresh.close();
		}
	});

	it.each(['0', '1001', '-1', '2.5', 'ten'])('answers 400 for limit=%s', async (limit) => {
		const { status, body } = await call(emu, 'GET', `/v1/users?limit=${limit}`);
		expect([status, body.code]).toEqual([400, 'InvalidInput']);
	});

	it.each(['garbage', Buffer.from('{"after":-3}').toString('base64url')])(
		'answers 400 for cursor %s',
		async (cursor) => {
			const { status, body } = await call(emu, 'GET', `/v1/users?cursor=${cursor}`);
			expect([status, body.code]).toEqual([400, 'InvalidInput']);
		},
	);

	it('neither skips nor repeats when records are inserted and deleted between pages', async () => {
		const before = storedIds();
		const seen: string[] = [];
		let cursor: string | undefined;
		let page = 0;
		do {
			const query = `limit=250${cursor ? `&cursor=${cursor}` : ''}`;
			const { body } = await call<Page<Item>>(emu, 'GET', `/v1/users?${query}`);
			seen.push(...(body.data?.items ?? []).map((item) => item.id as string));
			cursor = body.data?.next_cursor;
			page += 1;
			if (page === 2) {
				// Delete one already seen and one not yet seen; insert a new user.
				await call(emu, 'DELETE', `/v1/users/${before[10]}`);
				await call(emu, 'DELETE', `/v1/users/${before[900]}`);
				await call(emu, 'POST', '/v1/users', {
					body: { email: 'late@example.com', given_name: 'L', family_name: 'A' },
				});
			}
		} while (cursor);
		expect(new Set(seen).size).toBe(seen.length);
		const lateId = Array.from(emu.state.users.values()).find(
			(user) => user.email === 'late@example.com',
		)?.id;
		const expected = before.filter((id) => id !== before[900]).concat(lateId as string);
		expect(seen).toEqual(expected);
	});
});
