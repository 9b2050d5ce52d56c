/**
 * Every User API Key operation through a real workflow run against the emulator (Fivetran's
 * September 2026 definition, users/*_api_key*.json): the request sent, the items out, the
 * one-time secret as `secretShownOnce` and the rotation overlap on the emulator clock.
 */
import type { Emulator } from '../../emulator';
import { byId, onlyRequest, secretsOf, useEmulator } from '../../harness';
import { describeValidation, runnerFor } from '../kit';
import { addUser, jsonOf, pairedOf, runUser } from '../user/userTestKit';

const DAY = 86_400_000;
const run = runnerFor('userApiKey');
let emu: Emulator;

useEmulator({ users: 1 }, (started) => {
	emu = started;
});

function serviceAccount(role = 'Account Reviewer') {
	return addUser(emu, { user_type: 'SERVICE_ACCOUNT', email: null, invited: false, role });
}

/** Creates a key through the node; its key pair as the output shows it. */
async function createKeyFor(userId: string, expirationDays = 90) {
	const { items, error } = await run(emu, 'create', { userId: byId(userId), expirationDays });
	expect(error).toBeUndefined();
	const { key_value: apiKey, secretShownOnce: apiSecret } = items[0].json;
	emu.requestLog.clear();
	return { apiKey: String(apiKey), apiSecret: String(apiSecret) };
}

/** Whether a key pair is accepted: one User › Get Many with it as the credential. */
async function works(keyPair: { apiKey: string; apiSecret: string }): Promise<boolean> {
	const { error } = await runUser(emu, 'getMany', { limit: 1 }, { credentials: keyPair });
	return error === undefined;
}

describe('Create', () => {
	it('posts the expiration and outputs the secret once as secretShownOnce, after key_value', async () => {
		const account = serviceAccount();

		const { items, error } = await run(emu, 'create', {
			userId: byId(account.id),
			expirationDays: 30,
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toMatchObject({
			method: 'POST',
			path: `/v1/users/${account.id}/api-keys`,
			body: { expiration_period_days: 30 },
			status: 201,
		});
		const [stored] = [...emu.state.userKeys.values()].filter((key) => key.userId === account.id);
		expect(jsonOf(items)).toEqual([
			{
				user_id: account.id,
				key_value: stored.key,
				secretShownOnce: stored.secret,
				key_status: 'ACTIVE',
				created_at: stored.created_at,
				expires_at: stored.expires_at,
			},
		]);
		expect(Object.keys(items[0].json).slice(0, 3)).toEqual([
			'user_id',
			'key_value',
			'secretShownOnce',
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
		// The harness's secret scan knows the new secret: only this labelled output may show it.
		expect(secretsOf(emu)).toContain(stored.secret);
	});

	it("surfaces Fivetran's refusal when a service account's key tries it", async () => {
		// An administrator role: the refusal is the "only a regular user" rule, not the role.
		const account = serviceAccount('Account Administrator');
		const keyPair = await createKeyFor(account.id);

		const { error } = await run(
			emu,
			'create',
			{ userId: byId(emu.adminUserId), expirationDays: 90 },
			{ credentials: keyPair },
		);

		expect(error?.message).toBe(
			'Fivetran: Only a regular user can perform this operation [Forbidden]',
		);
	});
});

describe('Get and Get Many', () => {
	it("Get reads one user's key, never a secret", async () => {
		const account = serviceAccount();
		const { apiKey, apiSecret } = await createKeyFor(account.id);

		const { items, error } = await run(emu, 'get', { userId: byId(account.id) });

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toMatchObject({
			method: 'GET',
			path: `/v1/users/${account.id}/api-keys`,
		});
		expect(jsonOf(items)).toEqual([
			expect.objectContaining({
				user_id: account.id,
				user_type: 'SERVICE_ACCOUNT',
				key_value: apiKey,
				key_status: 'ACTIVE',
			}),
		]);
		expect(JSON.stringify(items)).not.toContain(apiSecret);
	});

	it('Get Many filters by user type, with Return All and Limit', async () => {
		const account = serviceAccount();
		await createKeyFor(account.id);

		const services = await run(emu, 'getMany', { returnAll: true, userType: 'SERVICE_ACCOUNT' });
		expect(onlyRequest(emu)).toMatchObject({
			method: 'GET',
			path: '/v1/users/api-keys',
			query: { limit: '1000', user_type: 'SERVICE_ACCOUNT' },
		});
		const serviceOwners = jsonOf(services.items).map((key) => key.user_id);
		expect(serviceOwners).toContain(account.id);
		expect(jsonOf(services.items).every((key) => key.user_type === 'SERVICE_ACCOUNT')).toBe(true);

		emu.requestLog.clear();
		const one = await run(emu, 'getMany', { limit: 1 });
		expect(onlyRequest(emu).query).toEqual({ limit: '1' });
		expect(jsonOf(one.items)).toEqual([
			expect.objectContaining({ user_id: emu.adminUserId, user_type: 'REGULAR_USER' }),
		]);
	});
});

describe('Rotate', () => {
	it('keeps the old secret valid during the overlap and says so; only the new one after it', async () => {
		const account = serviceAccount();
		const old = await createKeyFor(account.id);

		const { items, error } = await run(emu, 'rotate', {
			userId: byId(account.id),
			expirationDays: 60,
			overlapDays: 3,
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toMatchObject({
			method: 'POST',
			path: `/v1/users/${account.id}/api-keys/rotate`,
			body: { expiration_period_days: 60, overlap_days: 3 },
			status: 200,
		});
		const rotated = items[0].json;
		const overlapEnd = new Date(emu.clock.now() + 3 * DAY).toISOString();
		expect(rotated).toMatchObject({
			user_id: account.id,
			key_value: old.apiKey,
			key_status: 'ACTIVE_GRACE',
			overlap_expires_at: overlapEnd,
			message: `The previous secret stays valid until ${overlapEnd} (overlap): move every client to secretShownOnce before then`,
		});
		const fresh = { apiKey: old.apiKey, apiSecret: String(rotated.secretShownOnce) };
		expect(fresh.apiSecret).not.toBe(old.apiSecret);
		// Both secrets are scanned for while the old one is valid.
		expect(secretsOf(emu)).toEqual(expect.arrayContaining([old.apiSecret, fresh.apiSecret]));

		expect(await works(old)).toBe(true);
		expect(await works(fresh)).toBe(true);
		await emu.clock.advance(3 * DAY);
		expect(await works(old)).toBe(false);
		expect(await works(fresh)).toBe(true);
	});

	it('without overlap sends no overlap_days, and the old secret stops at once', async () => {
		const account = serviceAccount();
		const old = await createKeyFor(account.id);

		const { items, error } = await run(emu, 'rotate', {
			userId: byId(account.id),
			expirationDays: 90,
			overlapDays: 0,
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).body).toEqual({ expiration_period_days: 90 });
		expect(items[0].json).toMatchObject({
			key_status: 'ACTIVE',
			message: 'The previous secret no longer works: use secretShownOnce',
		});
		expect(await works(old)).toBe(false);
	});
});

describe('Delete', () => {
	it("deletes the user's keys and says so; the key stops working", async () => {
		const account = serviceAccount();
		const keyPair = await createKeyFor(account.id);

		const { items, error } = await run(emu, 'delete', { userId: byId(account.id) });

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toMatchObject({
			method: 'DELETE',
			path: `/v1/users/${account.id}/api-keys`,
			body: undefined,
		});
		expect(jsonOf(items)).toEqual([
			{
				success: true,
				id: account.id,
				message: `API keys of user with id '${account.id}' have been deleted`,
			},
		]);
		expect(emu.state.users.get(account.id)?.has_api_key).toBe(false);
		expect(await works(keyPair)).toBe(false);
	});
});

describeValidation(
	() => emu,
	run,
	[
		['create', 'expirationDays', 366, "'Expiration (Days)' must be a whole number from 1 to 365"],
		['create', 'expirationDays', 0, "'Expiration (Days)' must be a whole number from 1 to 365"],
		['rotate', 'expirationDays', 1.5, "'Expiration (Days)' must be a whole number from 1 to 365"],
		['rotate', 'overlapDays', 31, "'Overlap (Days)' must be a whole number from 0 to 30"],
		['rotate', 'overlapDays', -1, "'Overlap (Days)' must be a whole number from 0 to 30"],
	].map(([operation, parameter, value, message]) => ({
		rule: `${String(operation)}: ${String(parameter)} ${String(value)} is out of range`,
		operation: String(operation),
		parameters: () => ({ userId: byId(emu.adminUserId), [String(parameter)]: value }),
		message: String(message),
	})),
);
