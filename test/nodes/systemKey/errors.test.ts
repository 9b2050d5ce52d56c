/**
 * Fivetran's error answers for System Key operations, with Continue On Fail off (the run
 * fails, naming the item) and on (an error item paired with its input). No secret may appear
 * in any message, description or item.
 */
import { transportRuntime } from '../../../nodes/shared/transport';
import { routes } from '../../emulator/routes';
import { ApiError } from '../../emulator/types';
import { byId, useEmulator } from '../../harness';
import { basicOf, firstKey, runSystemKey, type Emulator, type KeyPair } from './systemKeyKit';

let emu: Emulator;
useEmulator({ systemKeys: 2, users: 12 }, (started) => {
	emu = started;
});

const ONE_PERMISSION = {
	permissionsInput: 'builder',
	permissions: { permission: [{ resourceType: 'USER', accessLevel: 'READ' }] },
};

/** Everything a user could see of a failed run. */
function visibleText(result: { items: unknown[]; error?: unknown }): string {
	const error = result.error as { message?: string; description?: string } | undefined;
	return JSON.stringify([result.items, error?.message, error?.description]);
}

function errorOf(result: Awaited<ReturnType<typeof runSystemKey>>) {
	expect(result.error).toBeDefined();
	return result.error!;
}

/**
 * Answers every request to one emulator route with an error while `run` runs. The node's checks
 * cover every rule the emulator knows, so this is how a rule only Fivetran knows is simulated.
 */
async function withRouteError<T>(
	method: string,
	path: string,
	error: ApiError,
	run: () => Promise<T>,
): Promise<T> {
	const route = routes.find((candidate) => candidate.method === method && candidate.path === path);
	if (route === undefined) throw new Error(`the emulator has no route ${method} ${path}`);
	const original = route.handler;
	route.handler = () => {
		throw error;
	};
	try {
		return await run();
	} finally {
		route.handler = original;
	}
}

/** A key pair of a user who is not an Account Administrator. */
function nonAdminUserKey(): KeyPair {
	const user = [...emu.state.users.values()].find(
		(candidate) => candidate.active && candidate.role !== 'Account Administrator',
	);
	if (user === undefined) throw new Error('the seed holds no active non-administrator user');
	return emu.createUserKey(user.id);
}

describe('401 Unauthorized (bad secret)', () => {
	// Same shape as a real secret (32 hex characters), built so it is plainly not one.
	const badSecret = 'ab'.repeat(16);

	it('fails the run without Continue On Fail, never showing a secret', async () => {
		const result = await runSystemKey(
			emu,
			'getMany',
			{ returnAll: true },
			{
				keyPair: { apiKey: emu.apiKey, apiSecret: badSecret },
			},
		);

		const error = errorOf(result);
		expect(error.message).toBe('Fivetran: Invalid API key or secret [Unauthorized]');
		expect(error.httpCode).toBe('401');
		expect(
			emu.requestLog.entries.map((entry) => [entry.status, entry.headers.authorization]),
		).toEqual([[401, '<invalid>']]);
		expect(visibleText(result)).not.toContain(badSecret);
		expect(visibleText(result)).not.toContain(emu.apiSecret);
	});

	it('outputs an error item with Continue On Fail', async () => {
		const result = await runSystemKey(
			emu,
			'get',
			{ systemKeyId: byId(firstKey(emu).id) },
			{
				keyPair: { apiKey: emu.apiKey, apiSecret: badSecret },
				continueOnFail: true,
			},
		);

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Fivetran: Invalid API key or secret [Unauthorized]',
					code: 'Unauthorized',
					httpCode: '401',
				}),
				pairedItem: { item: 0 },
			},
		]);
		expect(visibleText(result)).not.toContain(badSecret);
	});
});

describe('403 Forbidden: only an Account Administrator user key manages system keys', () => {
	const hint = "Only a user's API key with the Account Administrator role can manage system keys";
	const emulatorMessage =
		"Fivetran: Access denied. Only an Account Administrator's user key can manage system keys [Forbidden]";
	const advice =
		/^Put an Account Administrator's API key and secret in the Fivetran credential used by this node\. HTTP 403\./;

	it('explains the rule when a system key is used, even one allowed to manage the account', async () => {
		// A key created through the node: its secretShownOnce must be the working secret.
		const created = await runSystemKey(emu, 'create', {
			name: 'account_manager',
			permissionsInput: 'builder',
			permissions: { permission: [{ resourceType: 'ACCOUNT', accessLevel: 'MANAGE' }] },
		});
		const systemKey = {
			apiKey: created.items[0].json.key as string,
			apiSecret: created.items[0].json.secretShownOnce as string,
		};
		emu.requestLog.clear();

		const result = await runSystemKey(emu, 'getMany', { returnAll: true }, { keyPair: systemKey });

		const error = errorOf(result);
		expect(error.httpCode).toBe('403');
		// The emulator's message already states the rule, so it is not repeated.
		expect(error.message).toBe(emulatorMessage);
		expect(error.description).toMatch(advice);
		expect(
			emu.requestLog.entries.map((entry) => [entry.status, entry.headers.authorization]),
		).toEqual([[403, basicOf(systemKey)]]);
		expect(visibleText(result)).not.toContain(systemKey.apiSecret);
	});

	it('explains the rule for a non-administrator user key, as an error item with Continue On Fail', async () => {
		const userKey = nonAdminUserKey();
		const key = firstKey(emu);
		const result = await runSystemKey(
			emu,
			'rotate',
			{ systemKeyId: byId(key.id), expirationPeriod: 'INFINITE' },
			{
				keyPair: userKey,
				continueOnFail: true,
			},
		);

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[0].json).toMatchObject({
			code: 'Forbidden',
			httpCode: '403',
			error: emulatorMessage,
		});
		expect(result.items[0].json.description).toMatch(advice);
		expect(result.items[0].json).not.toHaveProperty('secretShownOnce');
		expect(emu.requestLog.entries.map((entry) => entry.status)).toEqual([403]);
		expect(visibleText(result)).not.toContain(userKey.apiSecret);
	});

	it("adds the rule to Fivetran's generic permission wording", async () => {
		const denied = new ApiError(
			403,
			'Forbidden',
			'Access denied. Required permission: ACCOUNT_READ',
		);
		const result = await withRouteError('GET', '/v1/system-keys/:keyId', denied, async () =>
			runSystemKey(emu, 'get', { systemKeyId: byId(firstKey(emu).id) }),
		);

		expect(errorOf(result).message).toBe(
			`Fivetran: Access denied. Required permission: ACCOUNT_READ [Forbidden]. ${hint}; system keys and other users' keys are refused`,
		);
		expect(errorOf(result).description).toMatch(advice);
	});
});

describe('404 Not Found', () => {
	it('fails the run naming the item, with the ID encoded in the path', async () => {
		const result = await runSystemKey(emu, 'get', { systemKeyId: byId('no/such key') });

		const error = errorOf(result);
		expect(error.message).toBe(
			"Fivetran: SystemKey with id 'no/such key' does not exist. [NotFound_SystemKey]",
		);
		expect(error.httpCode).toBe('404');
		expect(error.context?.itemIndex).toBe(0);
		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.path, entry.status])).toEqual(
			[['GET', '/v1/system-keys/no%2Fsuch%20key', 404]],
		);
	});

	it('outputs an error item for the missing key and the record for the next one with Continue On Fail', async () => {
		const key = firstKey(emu);
		const result = await runSystemKey(
			emu,
			'delete',
			{ systemKeyId: byId('={{ $json.id }}') },
			{ inputItems: [{ id: 'missing_key' }, { id: key.id }], continueOnFail: true },
		);

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ code: 'NotFound_SystemKey', httpCode: '404' }),
				pairedItem: { item: 0 },
			},
			{
				json: {
					success: true,
					id: key.id,
					message: `System key with id '${key.id}' has been deleted`,
				},
				pairedItem: { item: 1 },
			},
		]);
	});
});

describe('400 InvalidInput and 409 Conflict', () => {
	it('reports a 400 Fivetran raises for input the node accepted, with and without Continue On Fail', async () => {
		const key = firstKey(emu);
		const parameters = { systemKeyId: byId(key.id), name: 'n', permissionsInput: 'keep' };
		const tooLong = new ApiError(400, 'InvalidInput', "Invalid value for 'name': too long");

		const [off, on] = await withRouteError('PATCH', '/v1/system-keys/:keyId', tooLong, async () => [
			await runSystemKey(emu, 'update', parameters),
			await runSystemKey(emu, 'update', parameters, { continueOnFail: true }),
		]);

		expect(errorOf(off).message).toBe(
			"Fivetran: Invalid value for 'name': too long [InvalidInput]",
		);
		expect(errorOf(off).httpCode).toBe('400');
		expect(on.error).toBeUndefined();
		expect(on.items).toEqual([
			{
				json: expect.objectContaining({ code: 'InvalidInput', httpCode: '400' }),
				pairedItem: { item: 0 },
			},
		]);
		// A 400 is final: sent once per run, never retried.
		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.status])).toEqual([
			['PATCH', 400],
			['PATCH', 400],
		]);
	});

	it('reports a duplicate name (409) once, without sending the create again', async () => {
		const existing = firstKey(emu);
		const result = await runSystemKey(emu, 'create', { name: existing.name, ...ONE_PERMISSION });

		expect(errorOf(result).message).toBe(
			`Fivetran: System key with name '${existing.name}' already exists [Conflict]`,
		);
		expect(emu.requestLog.count('POST', '/v1/system-keys')).toBe(1);
	});
});

describe('ambiguous failures (the answer is lost after Fivetran acted)', () => {
	beforeEach(() => {
		// Back-off between retries must not sleep for real.
		jest.spyOn(transportRuntime, 'sleep').mockResolvedValue(undefined);
	});

	afterEach(() => {
		jest.restoreAllMocks();
		emu.faults.clear();
	});

	it.each([
		['create', '/v1/system-keys', () => ({ name: 'ambiguous_create', ...ONE_PERMISSION })],
		[
			'rotate',
			'/v1/system-keys/:keyId/rotate',
			() => ({ systemKeyId: byId(firstKey(emu).id), expirationPeriod: 'INFINITE' }),
		],
	])('never sends %s twice', async (operation, path, parameters) => {
		emu.faults.add({ method: 'POST', path, when: 'after', kind: 'status', status: 502 });

		const result = await runSystemKey(emu, operation, parameters());

		expect(errorOf(result).message).toMatch(
			/^Fivetran: The outcome of this request is unknown .* \[OutcomeUnknown\]$/,
		);
		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.status])).toEqual([
			['POST', 502],
		]);
	});

	it('counts a delete retried after a lost answer, then 404, as done and says so', async () => {
		const key = [...emu.state.systemKeys.values()].pop()!;
		emu.faults.add({
			method: 'DELETE',
			path: '/v1/system-keys/:keyId',
			when: 'after',
			kind: 'reset',
		});

		const { items, error } = await runSystemKey(emu, 'delete', { systemKeyId: byId(key.id) });

		expect(error).toBeUndefined();
		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.status])).toEqual([
			['DELETE', 0],
			['DELETE', 404],
		]);
		expect(items).toEqual([
			{
				json: {
					success: true,
					id: key.id,
					message: `System key with id '${key.id}' was deleted by an earlier attempt of this request`,
					alreadyDeleted: true,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('retries a read, which is safe to repeat', async () => {
		const key = firstKey(emu);
		emu.faults.add({ method: 'GET', path: '/v1/system-keys/:keyId', kind: 'status', status: 503 });

		const { items, error } = await runSystemKey(emu, 'get', { systemKeyId: byId(key.id) });

		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(key.id);
		expect(emu.requestLog.entries.map((entry) => entry.status)).toEqual([503, 200]);
	});
});
