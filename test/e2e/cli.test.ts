/**
 * The package inside a real n8n 2.41, driven by its CLI: the credential and workflows are
 * imported with `n8n import:*`, each workflow runs with `n8n execute --id`, and the items n8n
 * printed are compared with the emulator's state. Every resource of the Fivetran node is used.
 */
import { apiClient } from '../emulator/apiTestClient';
import { schemaConfigOf } from '../emulator/routes/connections/schemaConfig';
import { setDefaultSyncScript } from '../emulator/sync';
import { loadExampleWorkflows } from '../../scripts/lib/examples';
import {
	executeWorkflow,
	importWorkflows,
	nodeItems,
	type WorkflowRun,
} from '../../scripts/lib/n8n';
import { cliWorkflows, WORKFLOW_IDS, type CliTargets } from './cliWorkflows';
import { setUpN8nWithEmulator, type E2eSetup } from './kit';

let setup: E2eSetup;
let targets: CliTargets;

function run(workflowId: string): Promise<WorkflowRun> {
	return executeWorkflow(workflowId, { userFolder: setup.userFolder });
}

/** Connections the seed made, with a healthy one (connected, not paused) first. */
function pickConnections(): { healthy: string; other: string } {
	const all = [...setup.emu.state.connections.values()];
	const healthy = all.find((c) => c.status.setup_state === 'connected' && !c.paused);
	const other = all.find((c) => c !== healthy && !c.paused);
	if (!healthy || !other) throw new Error('The seed made too few unpaused connections');
	return { healthy: healthy.id, other: other.id };
}

beforeAll(async () => {
	// Real clock, as Fivetran's: the node asks for sync history in a window around its own
	// clock, so the emulator's must agree with it. Syncs are scripted to take 1.5 s.
	setup = await setUpN8nWithEmulator('cli', {
		seed: { users: 6, groups: 2, connections: 8, systemKeys: 1, random: 7 },
		clock: { mode: 'real' },
	});
	setDefaultSyncScript(setup.emu.state, { durationMs: 1_500 });
	const [group] = [...setup.emu.state.groups.values()];
	const created = await apiClient(setup.emu)('POST', '/v1/destinations', {
		group_id: group.id,
		service: 'snowflake',
		time_zone_offset: '0',
	});
	expect(created.status).toBe(201);
	const team = await apiClient(setup.emu)('POST', '/v1/teams', { name: 'Data platform' });
	expect(team.status).toBe(201);
	const { healthy, other } = pickConnections();
	const [[schemaName, schema]] = Object.entries(
		schemaConfigOf(setup.emu.state.connections.get(healthy)!).schemas,
	);
	targets = {
		schemaName,
		tableName: Object.keys(schema.tables)[0],
		syncConnectionId: healthy,
		connectionId: other,
		destinationId: group.id,
		invitedEmail: 'eve.tester@example.com',
		systemKeyName: 'e2e_cli_key',
	};
	// The examples `npm start` imports come along: the last test runs one of them.
	await importWorkflows([...cliWorkflows(targets), ...loadExampleWorkflows()], {
		userFolder: setup.userFolder,
	});
});

afterAll(async () => {
	await setup?.emu.close();
});

test('account and users: get info, list, get, invite', async () => {
	const result = await run(WORKFLOW_IDS.accountAndUsers);
	const { state } = setup.emu;

	expect(nodeItems(result, 'Account info')).toEqual([
		expect.objectContaining({ account_id: state.accountId, account_name: state.accountName }),
	]);
	const listed = nodeItems(result, 'List users');
	expect(listed.map((user) => user.id)).toEqual([...state.users.keys()].slice(0, 3));
	expect(nodeItems(result, 'Get user')).toEqual([
		expect.objectContaining({ id: listed[0].id, email: listed[0].email }),
	]);
	const [invited] = nodeItems(result, 'Invite user');
	expect(invited).toMatchObject({
		email: targets.invitedEmail,
		given_name: 'Eve',
		family_name: 'Tester',
	});
	expect(state.users.get(String(invited.id))?.invited).toBe(true);
});

test('connections: list, get, sync, sync and wait', async () => {
	const result = await run(WORKFLOW_IDS.connections);
	const { state } = setup.emu;

	expect(
		nodeItems(result, 'List connections')
			.map((c) => c.id)
			.sort(),
	).toEqual([...state.connections.keys()].sort());
	expect(nodeItems(result, 'Get connection')).toEqual([
		expect.objectContaining({ id: targets.connectionId }),
	]);
	expect(nodeItems(result, 'Sync connection')).toEqual([
		expect.objectContaining({ success: true, id: targets.connectionId }),
	]);
	expect(state.syncHistory.get(targets.connectionId)?.length).toBeGreaterThanOrEqual(1);

	const [waited] = nodeItems(result, 'Sync and wait');
	const history = state.syncHistory.get(targets.syncConnectionId) ?? [];
	expect(waited).toMatchObject({
		connectionId: targets.syncConnectionId,
		status: 'succeeded',
		triggered: true,
		syncId: history[history.length - 1].sync_id,
	});
	expect(history[history.length - 1].status).toBe('COMPLETED');

	const columns = nodeItems(result, 'Table columns');
	expect(columns.length).toBeGreaterThan(0);
	expect(columns[0]).toMatchObject({
		schema: targets.schemaName,
		table: targets.tableName,
		name: expect.any(String),
	});
});

test('system keys: create shows the secret once, get and list never, delete', async () => {
	const result = await run(WORKFLOW_IDS.systemKeys);
	const { state } = setup.emu;

	const [created] = nodeItems(result, 'Create system key');
	expect(created).toMatchObject({ name: targets.systemKeyName });
	expect(typeof created.secretShownOnce).toBe('string');
	expect(String(created.secretShownOnce).length).toBeGreaterThan(10);
	const [fetched] = nodeItems(result, 'Get system key');
	expect(fetched).toMatchObject({ id: created.id, name: targets.systemKeyName });
	expect(fetched).not.toHaveProperty('secretShownOnce');
	expect(fetched).not.toHaveProperty('secret');
	const listed = nodeItems(result, 'List system keys');
	expect(listed.map((key) => key.name)).toContain(targets.systemKeyName);
	expect(listed.every((key) => !('secret' in key))).toBe(true);
	expect(nodeItems(result, 'Delete system key')).toEqual([
		expect.objectContaining({ success: true, id: created.id }),
	]);
	expect(state.systemKeys.has(String(created.id))).toBe(false);
});

test('groups, destinations, webhooks, teams, roles and connector types', async () => {
	const result = await run(WORKFLOW_IDS.otherResources);
	const { state } = setup.emu;

	expect(nodeItems(result, 'List groups').map((g) => g.id)).toEqual([...state.groups.keys()]);
	expect(nodeItems(result, 'Get destination')).toEqual([
		expect.objectContaining({ id: targets.destinationId, service: 'snowflake' }),
	]);
	expect(nodeItems(result, 'List teams')).toEqual([
		expect.objectContaining({ name: 'Data platform' }),
	]);
	const roles = nodeItems(result, 'List roles');
	expect(roles.map((role) => role.name)).toContain('Account Administrator');
	expect(nodeItems(result, 'List connector types')).toHaveLength(5);
	expect(nodeItems(result, 'List webhooks')).toEqual([]);
});

test('the example workflow "list connections" runs as imported', async () => {
	const result = await run('exListConnections');
	expect(nodeItems(result, 'List connections')).toHaveLength(setup.emu.state.connections.size);
});
