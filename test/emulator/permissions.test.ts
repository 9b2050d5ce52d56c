import { startEmulator, type Emulator } from './index';
import { authorize, visible } from './permissions';
import { ok } from './respond';
import { EmulatorState, type SystemKeyPermission } from './state';
import { call, type Item, type Page } from './testUtils';
import { ApiError, type Caller, type Route, type RouteContext } from './types';

describe('authorize and visible (unit)', () => {
	const state = new EmulatorState();
	state.users.set('admin', { role: 'Account Administrator' } as never);
	state.users.set('reviewer', { role: 'Account Reviewer' } as never);

	function systemKey(permissions: SystemKeyPermission[]): Caller {
		const id = `key_${state.systemKeys.size}`;
		state.systemKeys.set(id, { id, permissions } as never);
		return { kind: 'system_key', apiKey: id, id };
	}

	function ctx(caller: Caller, params: Record<string, string> = {}): RouteContext {
		return {
			method: 'GET',
			path: '/x',
			params,
			query: new URLSearchParams(),
			body: undefined,
			caller,
			legacy: false,
			now: 0,
			state,
		};
	}

	const connectionRoute = (access: 'READ' | 'MANAGE'): Route => ({
		method: 'GET',
		path: '/v1/connections/:connectionId',
		handler: () => ok(),
		permission: {
			resourceType: 'CONNECTOR',
			access,
			target: (c) => ({ id: c.params.connectionId, groupId: c.params.groupId }),
		},
	});

	function refusal(route: Route, context: RouteContext): string | undefined {
		try {
			authorize(route, context);
			return undefined;
		} catch (error) {
			expect(error).toBeInstanceOf(ApiError);
			return `${(error as ApiError).status} ${(error as ApiError).message}`;
		}
	}

	const admin: Caller = { kind: 'user', apiKey: 'a', id: 'admin' };
	const reviewer: Caller = { kind: 'user', apiKey: 'r', id: 'reviewer' };

	it('lets an administrator do anything and a reviewer only read', () => {
		expect(refusal(connectionRoute('MANAGE'), ctx(admin, { connectionId: 'c' }))).toBeUndefined();
		expect(refusal(connectionRoute('READ'), ctx(reviewer, { connectionId: 'c' }))).toBeUndefined();
		expect(refusal(connectionRoute('MANAGE'), ctx(reviewer, { connectionId: 'c' }))).toBe(
			'403 Access denied. Required permission: CONNECTOR_MANAGE',
		);
	});

	it('checks a system key by resource type and access level', () => {
		const reader = systemKey([{ resource_type: 'CONNECTOR', access_level: 'READ' }]);
		const manager = systemKey([{ resource_type: 'CONNECTOR', access_level: 'MANAGE' }]);
		const none = systemKey([{ resource_type: 'CONNECTOR', access_level: 'NONE' }]);
		const otherType = systemKey([{ resource_type: 'USER', access_level: 'MANAGE' }]);
		const params = { connectionId: 'c' };
		expect(refusal(connectionRoute('READ'), ctx(reader, params))).toBeUndefined();
		expect(refusal(connectionRoute('MANAGE'), ctx(reader, params))).toContain('CONNECTOR_MANAGE');
		expect(refusal(connectionRoute('MANAGE'), ctx(manager, params))).toBeUndefined();
		expect(refusal(connectionRoute('READ'), ctx(none, params))).toBe(
			'403 Access denied. Required permission: CONNECTOR_READ',
		);
		expect(refusal(connectionRoute('READ'), ctx(otherType, params))).toContain('CONNECTOR_READ');
	});

	it('limits a filtered system key to the listed ids and groups', () => {
		const filtered = systemKey([
			{
				resource_type: 'CONNECTOR',
				access_level: 'MANAGE',
				resource_filter: { ids: ['c1'], group_ids: ['g1'] },
			},
		]);
		expect(
			refusal(connectionRoute('MANAGE'), ctx(filtered, { connectionId: 'c1', groupId: 'g9' })),
		).toBeUndefined();
		expect(
			refusal(connectionRoute('MANAGE'), ctx(filtered, { connectionId: 'c5', groupId: 'g1' })),
		).toBeUndefined();
		expect(
			refusal(connectionRoute('MANAGE'), ctx(filtered, { connectionId: 'c5', groupId: 'g9' })),
		).toContain('403');
		const listContext = ctx(filtered);
		const visibleIds = [
			{ id: 'c1', groupId: 'g9' },
			{ id: 'c2', groupId: 'g1' },
			{ id: 'c3', groupId: 'g3' },
		].filter((target) => visible(listContext, 'CONNECTOR', target));
		expect(visibleIds.map((target) => target.id)).toEqual(['c1', 'c2']);
		expect(visible(ctx(admin), 'CONNECTOR', { id: 'c3' })).toBe(true);
	});

	it('reads MANAGE for all plus NONE for some ids as "all except these"', () => {
		const allButTwo = systemKey([
			{ resource_type: 'CONNECTOR', access_level: 'MANAGE' },
			{ resource_type: 'CONNECTOR', access_level: 'NONE', resource_filter: { ids: ['c1', 'c2'] } },
		]);
		expect(
			refusal(connectionRoute('MANAGE'), ctx(allButTwo, { connectionId: 'c3' })),
		).toBeUndefined();
		expect(refusal(connectionRoute('READ'), ctx(allButTwo, { connectionId: 'c1' }))).toBe(
			'403 Access denied. Required permission: CONNECTOR_READ',
		);
		const listContext = ctx(allButTwo);
		const visibleIds = ['c1', 'c2', 'c3'].filter((id) => visible(listContext, 'CONNECTOR', { id }));
		expect(visibleIds).toEqual(['c3']);
	});

	it('refuses adminUserKeyOnly routes to system keys and non-admin users', () => {
		const route: Route = {
			method: 'GET',
			path: '/v1/system-keys',
			handler: () => ok(),
			adminUserKeyOnly: true,
		};
		const everything = systemKey([{ resource_type: 'ACCOUNT', access_level: 'MANAGE' }]);
		expect(refusal(route, ctx(admin))).toBeUndefined();
		expect(refusal(route, ctx(reviewer))).toContain('403');
		expect(refusal(route, ctx(everything))).toContain('403');
	});
});

describe('permission scoping over HTTP', () => {
	let emu: Emulator;
	beforeEach(async () => {
		emu = await startEmulator({ seed: { users: 8 } });
	});
	afterEach(async () => {
		await emu.close();
	});

	async function systemKeyWith(permissions: SystemKeyPermission[]) {
		const { body } = await call<Item>(emu, 'POST', '/v1/system-keys', {
			body: { name: `scoped_${emu.state.systemKeys.size}`, permissions },
		});
		return { apiKey: body.data?.key as string, apiSecret: body.data?.secret as string };
	}

	it('lets a USER READ key list users but not invite one', async () => {
		const key = await systemKeyWith([{ resource_type: 'USER', access_level: 'READ' }]);
		const listed = await call<Page>(emu, 'GET', '/v1/users', { as: key });
		expect(listed.body.data?.items).toHaveLength(9);
		const invite = await call(emu, 'POST', '/v1/users', {
			as: key,
			body: { email: 'x@example.com', given_name: 'X', family_name: 'Y' },
		});
		expect([invite.status, invite.body]).toEqual([
			403,
			{ code: 'Forbidden', message: 'Access denied. Required permission: USER_MANAGE' },
		]);
	});

	it('answers GET /v1/account/info to a system key only with ACCOUNT read access', async () => {
		const connectionsOnly = await systemKeyWith([
			{ resource_type: 'CONNECTOR', access_level: 'MANAGE' },
		]);
		const accountReader = await systemKeyWith([{ resource_type: 'ACCOUNT', access_level: 'READ' }]);
		const refused = await call(emu, 'GET', '/v1/account/info', { as: connectionsOnly });
		expect([refused.status, refused.body]).toEqual([
			403,
			{ code: 'Forbidden', message: 'Access denied. Required permission: ACCOUNT_READ' },
		]);
		const read = await call<Item>(emu, 'GET', '/v1/account/info', { as: accountReader });
		expect([read.status, typeof read.body.data?.system_key_id]).toEqual([200, 'string']);
	});

	it('refuses a key without the resource type, and a reviewer user key on writes', async () => {
		const key = await systemKeyWith([{ resource_type: 'CONNECTOR', access_level: 'MANAGE' }]);
		expect((await call(emu, 'GET', '/v1/users', { as: key })).status).toBe(403);
		const reviewer = Array.from(emu.state.users.values()).find(
			(user) => user.role === 'Account Reviewer',
		);
		const reviewerKey = emu.createUserKey(reviewer?.id as string);
		expect((await call(emu, 'GET', '/v1/users', { as: reviewerKey })).status).toBe(200);
		const write = await call(emu, 'DELETE', `/v1/users/${emu.adminUserId}`, { as: reviewerKey });
		expect([write.status, write.body.code]).toEqual([403, 'Forbidden']);
	});
});
