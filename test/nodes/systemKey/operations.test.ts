/**
 * Every System Key operation through a real workflow run: the request the emulator saw
 * (method, path, Basic header, body) and the items out (values and pairedItem).
 */
import { byId, onlyRequest, useEmulator } from '../../harness';
import { CREATE_SYSTEM_KEY_EXAMPLE_PERMISSIONS } from '../../support/systemKeyExamples';
import { basicOf, firstKey, runSystemKey, type Emulator } from './systemKeyKit';

let emu: Emulator;
useEmulator({ systemKeys: 3 }, (started) => {
	emu = started;
});

/** A stored key as Get / Get Many output it: Fivetran's fields (no expiration_period), no secret. */
function withoutSecret(id: string) {
	const stored = emu.state.systemKeys.get(id);
	if (stored === undefined) throw new Error(`no system key ${id}`);
	const copy = JSON.parse(JSON.stringify(stored)) as Record<string, unknown>;
	delete copy.secret;
	delete copy.expiration_period;
	return copy;
}

describe('Get Many', () => {
	it('lists keys up to the limit, without secrets', async () => {
		const { items, error } = await runSystemKey(emu, 'getMany', { returnAll: false, limit: 2 });

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual({
			method: 'GET',
			path: '/v1/system-keys',
			query: { limit: '2' },
			body: undefined,
			status: 200,
			authorization: basicOf(emu),
		});
		const ids = [...emu.state.systemKeys.keys()].slice(0, 2);
		expect(items.map((item) => item.json)).toEqual(ids.map(withoutSecret));
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		for (const item of items) expect(item.json).not.toHaveProperty('secret');
	});
});

describe('Get', () => {
	it('reads one key by ID, without its secret', async () => {
		const key = firstKey(emu);
		const { items, error } = await runSystemKey(emu, 'get', { systemKeyId: byId(key.id) });

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toMatchObject({
			method: 'GET',
			path: `/v1/system-keys/${key.id}`,
			status: 200,
			authorization: basicOf(emu),
		});
		expect(items).toEqual([{ json: withoutSecret(key.id), pairedItem: { item: 0 } }]);
		expect(JSON.stringify(items)).not.toContain(key.secret);
	});
});

describe('Create', () => {
	it('sends the builder permissions and outputs the secret once as secretShownOnce', async () => {
		const { items, error } = await runSystemKey(emu, 'create', {
			name: 'ci_reader',
			expirationPeriod: 'THREE_MONTHS',
			permissionsInput: 'builder',
			permissions: {
				permission: [
					{
						resourceType: 'CONNECTOR',
						accessLevel: 'READ',
						resourceIds: 'conn_a, conn_b',
						groupIds: 'grp_a',
					},
					{ resourceType: 'DESTINATION', accessLevel: 'MANAGE', resourceIds: '' },
				],
			},
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual({
			method: 'POST',
			path: '/v1/system-keys',
			query: {},
			status: 201,
			authorization: basicOf(emu),
			body: {
				name: 'ci_reader',
				expiration_period: 'THREE_MONTHS',
				permissions: [
					{
						resource_type: 'CONNECTOR',
						access_level: 'READ',
						resource_filter: { ids: ['conn_a', 'conn_b'], group_ids: ['grp_a'] },
					},
					{ resource_type: 'DESTINATION', access_level: 'MANAGE' },
				],
			},
		});
		const stored = [...emu.state.systemKeys.values()].find((key) => key.name === 'ci_reader');
		expect(stored).toBeDefined();
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toEqual({
			...withoutSecret(stored!.id),
			secretShownOnce: stored!.secret,
		});
		expect(Object.keys(items[0].json).slice(0, 4)).toEqual([
			'id',
			'name',
			'key',
			'secretShownOnce',
		]);
		expect(items[0].json).not.toHaveProperty('secret');
	});

	it('sends permissions given as JSON, with the default expiration period', async () => {
		const permissions = [
			{
				resource_type: 'TRANSFORMATION',
				access_level: 'READ',
				resource_filter: { group_ids: ['grp_b'] },
			},
			{ resource_type: 'ACCOUNT', access_level: 'NONE' },
		];
		const { items, error } = await runSystemKey(emu, 'create', {
			name: '_json_key',
			permissionsInput: 'json',
			permissionsJson: JSON.stringify(permissions),
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).body).toEqual({
			name: '_json_key',
			expiration_period: 'INFINITE',
			permissions,
		});
		expect(items[0].json).toMatchObject({ name: '_json_key', permissions, expired_at: null });
		expect(typeof items[0].json.secretShownOnce).toBe('string');
	});

	it('creates one key per input item, each paired with its item', async () => {
		const { items, error } = await runSystemKey(
			emu,
			'create',
			{
				name: '={{ $json.keyName }}',
				permissionsInput: 'builder',
				permissions: { permission: [{ resourceType: 'USER', accessLevel: 'READ' }] },
			},
			{ inputItems: [{ keyName: 'per_item_a' }, { keyName: 'per_item_b' }] },
		);

		expect(error).toBeUndefined();
		expect(emu.requestLog.entries.map((entry) => (entry.body as { name: string }).name)).toEqual([
			'per_item_a',
			'per_item_b',
		]);
		expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
			['per_item_a', { item: 0 }],
			['per_item_b', { item: 1 }],
		]);
	});
});

describe('Create: a resource type more than once', () => {
	it('sends "all connections except these" from the builder', async () => {
		const { items, error } = await runSystemKey(emu, 'create', {
			name: 'all_but_two',
			permissionsInput: 'builder',
			permissions: {
				permission: [
					{ resourceType: 'CONNECTOR', accessLevel: 'MANAGE' },
					{ resourceType: 'CONNECTOR', accessLevel: 'NONE', resourceIds: 'conn_x, conn_y' },
				],
			},
		});

		expect(error).toBeUndefined();
		const permissions = [
			{ resource_type: 'CONNECTOR', access_level: 'MANAGE' },
			{
				resource_type: 'CONNECTOR',
				access_level: 'NONE',
				resource_filter: { ids: ['conn_x', 'conn_y'] },
			},
		];
		expect(onlyRequest(emu).body).toEqual({
			name: 'all_but_two',
			expiration_period: 'INFINITE',
			permissions,
		});
		expect(items[0].json.permissions).toEqual(permissions);
	});

	it("sends Fivetran's own create_system_key example given as JSON, unchanged", async () => {
		const permissions = CREATE_SYSTEM_KEY_EXAMPLE_PERMISSIONS;
		const { error } = await runSystemKey(emu, 'create', {
			name: 'prod_key',
			expirationPeriod: 'THREE_MONTHS',
			permissionsInput: 'json',
			permissionsJson: JSON.stringify(permissions),
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).body).toEqual({
			name: 'prod_key',
			expiration_period: 'THREE_MONTHS',
			permissions,
		});
	});
});

describe('Create: an answer without the secret', () => {
	it.each([
		['data without its secret', { kind: 'withoutField', field: 'secret' } as const],
		['no data at all', { kind: 'noData' } as const],
	])('fails, rather than output a null secret, on %s (sent once)', async (_case, fault) => {
		emu.faults.add({ ...fault, method: 'POST', path: '/v1/system-keys', when: 'after' });
		const { items, error } = await runSystemKey(emu, 'create', {
			name: `no_secret_${fault.kind}`,
			permissionsInput: 'builder',
			permissions: { permission: [{ resourceType: 'USER', accessLevel: 'READ' }] },
		});

		expect(items).toEqual([]);
		expect(error?.message).toMatch(
			/^Fivetran answered that the system key was created but sent no secret$|'data' is missing/,
		);
		expect(emu.requestLog.count('POST')).toBe(1);
		emu.state.systemKeys.delete(
			[...emu.state.systemKeys.values()].find((key) => key.name === `no_secret_${fault.kind}`)!.id,
		);
	});
});

describe('Update', () => {
	it('renames a key and keeps its permissions', async () => {
		const key = firstKey(emu);
		const permissionsBefore = JSON.parse(JSON.stringify(key.permissions)) as unknown;
		const { items, error } = await runSystemKey(emu, 'update', {
			systemKeyId: byId(key.id),
			name: 'renamed_key',
			permissionsInput: 'keep',
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual({
			method: 'PATCH',
			path: `/v1/system-keys/${key.id}`,
			query: {},
			status: 200,
			authorization: basicOf(emu),
			body: { name: 'renamed_key' },
		});
		expect(items).toEqual([{ json: withoutSecret(key.id), pairedItem: { item: 0 } }]);
		expect(items[0].json).toMatchObject({ name: 'renamed_key', permissions: permissionsBefore });
	});

	it('takes back what Get returned, unchanged (round trip, a resource type twice)', async () => {
		const key = firstKey(emu);
		key.permissions = [
			{ resource_type: 'CONNECTOR', access_level: 'MANAGE' },
			{ resource_type: 'DESTINATION', access_level: 'READ' },
			{
				resource_type: 'TRANSFORMATION',
				access_level: 'MANAGE',
				resource_filter: { group_ids: ['group_id_3'] },
			},
			{
				resource_type: 'CONNECTOR',
				access_level: 'NONE',
				resource_filter: { ids: ['connection_id_3', 'connection_id_4'] },
			},
		];
		const got = await runSystemKey(emu, 'get', { systemKeyId: byId(key.id) });
		expect(got.error).toBeUndefined();
		emu.requestLog.clear();

		const { items, error } = await runSystemKey(
			emu,
			'update',
			{
				systemKeyId: byId('={{ $json.id }}'),
				name: '',
				permissionsInput: 'json',
				permissionsJson: '={{ $json.permissions }}',
			},
			{ inputItems: got.items.map((item) => item.json) },
		);

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toMatchObject({
			method: 'PATCH',
			path: `/v1/system-keys/${key.id}`,
			status: 200,
			body: { permissions: got.items[0].json.permissions },
		});
		expect(items[0].json.permissions).toEqual(got.items[0].json.permissions);
	});

	it('replaces the permissions only', async () => {
		const key = firstKey(emu);
		const { items, error } = await runSystemKey(emu, 'update', {
			systemKeyId: byId(key.id),
			name: '',
			permissionsInput: 'builder',
			permissions: { permission: [{ resourceType: 'WEBHOOK', accessLevel: 'MANAGE' }] },
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).body).toEqual({
			permissions: [{ resource_type: 'WEBHOOK', access_level: 'MANAGE' }],
		});
		expect(items[0].json.permissions).toEqual([
			{ resource_type: 'WEBHOOK', access_level: 'MANAGE' },
		]);
		expect(items[0].json).not.toHaveProperty('secret');
	});
});

describe('Rotate', () => {
	it('rotates the secret and outputs the new one once as secretShownOnce', async () => {
		const key = firstKey(emu);
		const oldSecret = key.secret;
		const { items, error } = await runSystemKey(emu, 'rotate', {
			systemKeyId: byId(key.id),
			expirationPeriod: 'ONE_WEEK',
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual({
			method: 'POST',
			path: `/v1/system-keys/${key.id}/rotate`,
			query: {},
			status: 200,
			authorization: basicOf(emu),
			body: { expiration_period: 'ONE_WEEK' },
		});
		const rotated = emu.state.systemKeys.get(key.id)!;
		expect(rotated.secret).not.toBe(oldSecret);
		expect(items).toEqual([
			{
				json: { ...withoutSecret(key.id), secretShownOnce: rotated.secret },
				pairedItem: { item: 0 },
			},
		]);
		// One week on the emulator's clock (2026-01-01 start).
		expect(items[0].json.expired_at).toBe(new Date(emu.clock.now() + 7 * 86_400_000).toISOString());
		expect(JSON.stringify(items)).not.toContain(oldSecret);
	});

	it('keeps the expiration by default: sends no expiration_period', async () => {
		const key = firstKey(emu);
		key.expiration_period = 'SIX_MONTHS';
		const { items, error } = await runSystemKey(emu, 'rotate', { systemKeyId: byId(key.id) });

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toMatchObject({
			method: 'POST',
			path: `/v1/system-keys/${key.id}/rotate`,
			status: 200,
			body: {},
		});
		expect(emu.state.systemKeys.get(key.id)!.expiration_period).toBe('SIX_MONTHS');
		expect(items[0].json.expired_at).not.toBeNull();
	});

	it('fails, rather than output a null secret, when the answer has no secret', async () => {
		const key = firstKey(emu);
		emu.faults.add({ kind: 'withoutField', field: 'secret', path: /\/rotate$/, when: 'after' });
		const { items, error } = await runSystemKey(emu, 'rotate', { systemKeyId: byId(key.id) });

		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'Fivetran answered that the system key was rotated but sent no secret',
		);
		expect(emu.requestLog.count('POST')).toBe(1);
	});

	it('fails, rather than output a null secret, when the answer has no data', async () => {
		const key = firstKey(emu);
		emu.faults.add({ kind: 'noData', method: 'POST', path: /\/rotate$/, when: 'after' });
		const { items, error } = await runSystemKey(emu, 'rotate', {
			systemKeyId: byId(key.id),
			expirationPeriod: 'ONE_WEEK',
		});

		expect(items).toEqual([]);
		expect(error?.message).toMatch(/'data' is missing/);
		expect(emu.requestLog.count('POST')).toBe(1);
	});
});

describe('Delete', () => {
	it('deletes a key and says so', async () => {
		const key = [...emu.state.systemKeys.values()][1];
		const { items, error } = await runSystemKey(emu, 'delete', { systemKeyId: byId(key.id) });

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual({
			method: 'DELETE',
			path: `/v1/system-keys/${key.id}`,
			query: {},
			body: undefined,
			status: 200,
			authorization: basicOf(emu),
		});
		expect(items).toEqual([
			{
				json: {
					success: true,
					id: key.id,
					message: `System key with id '${key.id}' has been deleted`,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(emu.state.systemKeys.has(key.id)).toBe(false);
	});
});
