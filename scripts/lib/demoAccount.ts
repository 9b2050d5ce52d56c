/**
 * The small, realistic account `npm start` and `npm run emulator` show: three destinations, a
 * dozen connections in the states people meet (healthy, syncing, broken, paused, never synced),
 * a few users and a system key. Records are created through the emulator's API, as a client
 * would; what the API cannot do (a sync that failed yesterday, a broken source) is set with the
 * emulator's helpers. `planDemoAccount` sizes it (pure); `seedDemoAccount` creates a plan.
 */
import { apiClient, type ApiCall } from '../../test/emulator/apiTestClient';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../test/emulator';
import { isoTime } from '../../test/emulator/respond';
import { scriptSync, setBroken } from '../../test/emulator/sync';

type DemoState = 'healthy' | 'syncing' | 'broken' | 'paused' | 'never synced';

interface DemoConnection {
	service: string;
	schema: string;
	state: DemoState;
}

interface DemoGroup {
	name: string;
	destination: { service: string; time_zone_offset: string; region: string };
	connections: DemoConnection[];
}

/** A connection as one row: service, destination schema, the state the demo puts it in. */
type ConnectionRow = [service: string, schema: string, state: DemoState];

/** A group with its destination (service, time zone offset, region) and its connections. */
function demoGroup(
	name: string,
	[service, timeZoneOffset, region]: [string, string, string],
	rows: ConnectionRow[],
): DemoGroup {
	return {
		name,
		destination: { service, time_zone_offset: timeZoneOffset, region },
		connections: rows.map(([connector, schema, state]) => ({ service: connector, schema, state })),
	};
}

const DEMO_GROUPS: DemoGroup[] = [
	demoGroup(
		'warehouse_prod',
		['snowflake', '-5', 'AWS_US_EAST_1'],
		[
			['salesforce', 'salesforce', 'healthy'],
			['hubspot', 'hubspot_marketing', 'healthy'],
			['stripe', 'stripe_payments', 'syncing'],
			['postgres', 'app_db', 'broken'],
			['shopify', 'shopify_store', 'paused'],
		],
	),
	demoGroup(
		'analytics_eu',
		['big_query', '+1', 'GCP_EUROPE_WEST3'],
		[
			['google_analytics_4', 'ga4_web', 'healthy'],
			['facebook_ads', 'facebook_ads', 'broken'],
			['zendesk', 'zendesk_support', 'healthy'],
			['jira', 'jira_projects', 'never synced'],
		],
	),
	demoGroup(
		'sandbox',
		['postgres_warehouse', '0', 'GCP_US_EAST4'],
		[
			['github', 'github_repos', 'paused'],
			['mysql', 'legacy_mysql', 'never synced'],
			['google_sheets', 'budget_sheet', 'healthy'],
		],
	),
];

/** The named users: given name, family name, account role; the email is given.family@example.com. */
const DEMO_USERS = [
	['Maria', 'Garcia', 'Account Analyst'],
	['Kenji', 'Sato', 'Account Reviewer'],
	['Amara', 'Okafor', 'Account Administrator'],
].map(([givenName, familyName, role]) => ({
	email: `${givenName}.${familyName}@example.com`.toLowerCase(),
	given_name: givenName,
	family_name: familyName,
	role,
}));

type DemoUser = (typeof DEMO_USERS)[number];

/** Records besides the Account Administrator (who always exists). */
export interface DemoSize {
	/** Groups, each with its destination. */
	groups: number;
	connections: number;
	/** Users besides the administrator: the named ones first, then generated ones. */
	users: number;
	systemKeys: number;
}

/** The account `npm start` shows. */
export const DEMO_SIZE: DemoSize = {
	groups: DEMO_GROUPS.length,
	connections: DEMO_GROUPS.reduce((sum, group) => sum + group.connections.length, 0),
	users: DEMO_USERS.length + 4,
	systemKeys: 1,
};

interface DemoSystemKey {
	name: string;
	expiration_period: 'INFINITE';
	permissions: Array<{ resource_type: 'CONNECTOR'; access_level: 'READ' }>;
}

/** What seedDemoAccount creates, in that order. */
export interface DemoPlan {
	groups: DemoGroup[];
	/** Users the emulator generates from its PRNG seed (before the named ones). */
	generatedUsers: number;
	namedUsers: DemoUser[];
	systemKeys: DemoSystemKey[];
}

/** `name` for the first copy, `name_2`, `name_3` ... for the next ones. */
function numbered(name: string, copy: number): string {
	return copy === 0 ? name : `${name}_${copy + 1}`;
}

/**
 * The demo account at a size (pure). The default size gives exactly the demo groups, users
 * and key. More groups repeat the demo groups (`warehouse_prod_2`, ...); connections fill the
 * groups in rounds, each round giving every group its demo connections again (schema
 * `salesforce_2`, ... so a group never has a schema twice), until there are enough.
 */
export function planDemoAccount(size: Partial<DemoSize> = {}): DemoPlan {
	const { groups, connections, users, systemKeys } = { ...DEMO_SIZE, ...size };
	if (connections > 0 && groups === 0)
		throw new Error('Connections need a group: ask for at least one group');
	const planned: DemoGroup[] = Array.from({ length: groups }, (_, index) => {
		const template = DEMO_GROUPS[index % DEMO_GROUPS.length];
		const copy = Math.floor(index / DEMO_GROUPS.length);
		return { ...template, name: numbered(template.name, copy), connections: [] };
	});
	let remaining = connections;
	for (let round = 0; remaining > 0; round++) {
		for (const [index, group] of planned.entries()) {
			const rows = DEMO_GROUPS[index % DEMO_GROUPS.length].connections;
			for (const row of rows.slice(0, remaining))
				group.connections.push({ ...row, schema: numbered(row.schema, round) });
			remaining -= Math.min(rows.length, remaining);
		}
	}
	const namedUsers = DEMO_USERS.slice(0, users);
	return {
		groups: planned,
		generatedUsers: users - namedUsers.length,
		namedUsers,
		systemKeys: Array.from({ length: systemKeys }, (_, index) => ({
			name: numbered('dbt_cloud_reader', index),
			expiration_period: 'INFINITE',
			permissions: [{ resource_type: 'CONNECTOR', access_level: 'READ' }],
		})),
	};
}

const HOUR = 3_600_000;

export interface DemoAccount {
	groups: number;
	connections: Array<{ id: string; schema: string; state: DemoState }>;
	users: number;
	systemKeys: number;
}

async function create(
	api: ApiCall,
	path: string,
	body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
	const answer = await api('POST', path, body);
	if (answer.status >= 300)
		throw new Error(`Demo seed: POST ${path} answered ${answer.status}: ${answer.body.message}`);
	return answer.body.data ?? {};
}

/** Puts a freshly created (and set-up) connection into its demo state. */
async function applyState(
	emu: Emulator,
	api: ApiCall,
	id: string,
	state: DemoState,
	index: number,
): Promise<void> {
	const connection = emu.state.connections.get(id);
	if (!connection) throw new Error(`Demo seed: connection ${id} vanished`);
	const now = emu.clock.now();
	if (state !== 'never synced') connection.succeeded_at = isoTime(now - (index + 1) * HOUR);
	if (state === 'broken') {
		setBroken(emu.state, id);
		connection.failed_at = isoTime(now - 20 * 60_000);
	} else if (state === 'paused') {
		await api('PATCH', `/v1/connections/${id}`, { paused: true });
	} else if (state === 'syncing') {
		scriptSync(emu.state, id, { durationMs: 45 * 60_000 });
		await api('POST', `/v1/connections/${id}/sync`, {});
	}
}

/** Creates the plan's records in an emulator started with `seed.users: plan.generatedUsers`. */
export async function seedDemoAccount(
	emu: Emulator,
	plan: DemoPlan = planDemoAccount(),
): Promise<DemoAccount> {
	const api = apiClient(emu);
	const account: DemoAccount = { groups: 0, connections: [], users: 0, systemKeys: 0 };
	for (const group of plan.groups) {
		const { id: groupId } = await create(api, '/v1/groups', { name: group.name });
		await create(api, '/v1/destinations', {
			group_id: groupId,
			...group.destination,
			run_setup_tests: true,
		});
		account.groups += 1;
		for (const connection of group.connections) {
			const setUp = connection.state !== 'never synced';
			const created = await create(api, '/v1/connections', {
				group_id: groupId,
				service: connection.service,
				config: { schema: connection.schema },
				run_setup_tests: setUp,
			});
			const id = String(created.id);
			await applyState(emu, api, id, connection.state, account.connections.length);
			account.connections.push({ id, schema: connection.schema, state: connection.state });
		}
	}
	for (const user of plan.namedUsers) await create(api, '/v1/users', user);
	account.users = emu.state.users.size;
	for (const key of plan.systemKeys) await create(api, '/v1/system-keys', { ...key });
	account.systemKeys = emu.state.systemKeys.size;
	return account;
}

export interface DemoEmulatorOptions extends Omit<EmulatorOptions, 'seed'> {
	/** Default: DEMO_SIZE. */
	size?: Partial<DemoSize>;
	/** Seed of the emulator's PRNG (ids, keys, secrets, generated users); default 1. */
	random?: number;
}

/** An emulator holding the demo account (what `npm start` and `npm run emulator` run). */
export async function startDemoEmulator(
	options: DemoEmulatorOptions = {},
): Promise<{ emu: Emulator; account: DemoAccount }> {
	const { size, random, ...emulatorOptions } = options;
	const plan = planDemoAccount(size);
	const emu = await startEmulator({
		...emulatorOptions,
		seed: { users: plan.generatedUsers, random: random ?? 1 },
	});
	let seeded = false;
	try {
		const account = await seedDemoAccount(emu, plan);
		seeded = true;
		return { emu, account };
	} finally {
		if (!seeded) await emu.close();
	}
}

/** Makes the broken connection `schema` fail a sync `afterMs` from now (the trigger demo). */
export async function scheduleFailedSync(
	emu: Emulator,
	connectionId: string,
	afterMs: number,
): Promise<void> {
	scriptSync(emu.state, connectionId, {
		durationMs: afterMs,
		outcome: 'failure',
		failureReason: 'Source credentials were rejected',
	});
	const answer = await apiClient(emu)('POST', `/v1/connections/${connectionId}/sync`, {});
	if (answer.status >= 300)
		throw new Error(`Demo: could not start a sync of ${connectionId}: ${answer.body.message}`);
}
