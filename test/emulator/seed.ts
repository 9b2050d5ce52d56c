/**
 * Deterministic seeding: the same options give the same records, ids, keys and secrets.
 * Always creates the Account Administrator and its user key (the key tests authenticate with).
 * Fast enough for 100,000 users in well under a second.
 */
import { seedRoles } from './catalog/roles';
import { track } from './pagination';
import { ACCOUNT_ADMINISTRATOR } from './permissions';
import { isoTime } from './respond';
import type { EmulatorState, SystemKeyPermission, UserKeyRecord, UserRecord } from './state';
import type { Rng } from './types';

export interface SeedOptions {
	users?: number;
	groups?: number;
	connections?: number;
	systemKeys?: number;
	/** Seed of the PRNG (default 1). */
	random?: number;
}

export interface SeedResult {
	adminUserId: string;
	apiKey: string;
	apiSecret: string;
	/** The PRNG after seeding, for further deterministic keys (createUserKey). */
	rng: Rng;
}

/** mulberry32: tiny, fast, good enough for test data. */
export function createRng(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomToken(rng: Rng, length: number, alphabet = HEX): string {
	let token = '';
	for (let i = 0; i < length; i++) token += alphabet[Math.floor(rng() * alphabet.length)];
	return token;
}

export function pick<T>(rng: Rng, values: readonly T[]): T {
	return values[Math.floor(rng() * values.length)];
}

/**
 * A user key (16 hex key, 32 hex secret) for an existing user, replacing any key it had (one
 * key per user: 2026-09 get_user_api_key answers one). Never expires unless `expiresAt` is given.
 */
export function addUserKey(
	state: EmulatorState,
	userId: string,
	rng: Rng,
	now: number,
	expiresAt: number | null = null,
): UserKeyRecord {
	deleteUserKeys(state, userId);
	const record: UserKeyRecord = track({
		key: randomToken(rng, 16),
		secret: randomToken(rng, 32),
		userId,
		created_at: isoTime(now),
		expires_at: expiresAt === null ? null : isoTime(expiresAt),
		last_rotated_at: null,
		previous_secret: null,
		overlap_expires_at: null,
	});
	state.userKeys.set(record.key, record);
	const user = state.users.get(userId);
	if (user) user.has_api_key = true;
	return record;
}

/** Removes every API key of a user; true when there was one. */
export function deleteUserKeys(state: EmulatorState, userId: string): boolean {
	let deleted = false;
	for (const [key, userKey] of state.userKeys) {
		if (userKey.userId !== userId) continue;
		state.userKeys.delete(key);
		deleted = true;
	}
	const user = state.users.get(userId);
	if (user) user.has_api_key = false;
	return deleted;
}

/** A system key's `key` in Fivetran's style, e.g. `ft_rDefAFDSgFdAGdFG`. */
export function systemKeyToken(rng: Rng): string {
	return `ft_${randomToken(rng, 16, ALNUM)}`;
}

const GIVEN_NAMES = [
	'Ada',
	'Grace',
	'Linus',
	'Margaret',
	'Alan',
	'Barbara',
	'Dennis',
	'Frances',
	'Ken',
	'Radia',
];
const FAMILY_NAMES = [
	'Lovelace',
	'Hopper',
	'Torvalds',
	'Hamilton',
	'Turing',
	'Liskov',
	'Ritchie',
	'Allen',
	'Thompson',
	'Perlman',
];
const SEEDED_ROLES = ['Account Reviewer', 'Account Analyst', ACCOUNT_ADMINISTRATOR, null] as const;

function seedUser(
	state: EmulatorState,
	rng: Rng,
	index: number,
	now: number,
	role: string | null,
): UserRecord {
	const given = pick(rng, GIVEN_NAMES);
	const family = pick(rng, FAMILY_NAMES);
	const invitedOnly = index > 0 && rng() < 0.1;
	const user: UserRecord = {
		id: state.newId(),
		email:
			index === 0 ? 'admin@example.com' : `${given}.${family}.${index}@example.com`.toLowerCase(),
		given_name: given,
		family_name: family,
		verified: !invitedOnly,
		invited: invitedOnly,
		picture: null,
		phone: null,
		role,
		active: index === 0 || rng() >= 0.05,
		logged_in_at: invitedOnly ? null : isoTime(now - Math.floor(rng() * 30 * 86_400_000)),
		created_at: isoTime(now - 90 * 86_400_000 + index),
		user_type: 'REGULAR_USER',
		has_api_key: false,
	};
	state.users.set(user.id, track(user));
	return user;
}

function seedSystemKey(state: EmulatorState, rng: Rng, index: number, now: number): void {
	const permissions: SystemKeyPermission[] = [
		{ resource_type: 'CONNECTOR', access_level: pick(rng, ['READ', 'MANAGE'] as const) },
		{ resource_type: 'USER', access_level: 'READ' },
	];
	const record = {
		id: state.newId('key_'),
		name: `seeded_key_${index + 1}`,
		key: systemKeyToken(rng),
		secret: randomToken(rng, 32),
		permissions,
		expiration_period: 'INFINITE',
		created_at: isoTime(now),
		updated_at: isoTime(now),
		expired_at: null,
		last_used_at: null,
	};
	state.systemKeys.set(record.id, track(record));
}

/** Seeds users, groups and system keys; connections are seeded by `seedConnectionsLazily`. */
export function seedState(state: EmulatorState, options: SeedOptions, now: number): SeedResult {
	const rng = createRng(options.random ?? 1);
	state.random = rng;
	seedRoles(state);
	const admin = seedUser(state, rng, 0, now, ACCOUNT_ADMINISTRATOR);
	const { key: apiKey, secret: apiSecret } = addUserKey(state, admin.id, rng, now);
	for (let i = 1; i <= (options.users ?? 0); i++)
		seedUser(state, rng, i, now, pick(rng, SEEDED_ROLES));
	for (let i = 0; i < (options.groups ?? 0); i++) {
		const group = {
			id: state.newId(),
			name: `group_${i + 1}`,
			created_at: isoTime(now - 60 * 86_400_000 + i),
		};
		state.groups.set(group.id, track(group));
	}
	for (let i = 0; i < (options.systemKeys ?? 0); i++) seedSystemKey(state, rng, i, now);
	return { adminUserId: admin.id, apiKey, apiSecret, rng };
}

type SeedConnections = (
	state: EmulatorState,
	count: number,
	rng: Rng,
	now: number,
) => void | Promise<void>;

/**
 * Connections are seeded by `seedConnections` of routes/connections.ts (it knows their shape).
 * Imported lazily, and only when connections are asked for.
 */
export async function seedConnectionsLazily(
	state: EmulatorState,
	count: number,
	rng: Rng,
	now: number,
): Promise<void> {
	if (count <= 0) return;
	const connectionsModule = './routes/connections';
	const { seedConnections } = (await import(connectionsModule)) as {
		seedConnections?: SeedConnections;
	};
	if (typeof seedConnections !== 'function') {
		throw new Error(
			'routes/connections.ts does not export seedConnections(state, count, rng, now)',
		);
	}
	await seedConnections(state, count, rng, now);
}
