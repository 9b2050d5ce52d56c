/**
 * What `npm start` sets up (scripts/lib/demo.ts, in a fresh user folder): the demo account in
 * the emulator, the example workflows in n8n with the failed-sync trigger published, and a
 * failing sync that reaches it. Then everything stops.
 */
import { createUserFolder, type N8nApi } from '../../scripts/lib/n8n';
import { startDemo, type RunningDemo } from '../../scripts/lib/demo';
import { NOTIFY_ON_FAILED_SYNC_ID } from '../../scripts/lib/examples';
import { waitFor } from '../../scripts/lib/waitFor';

const FAILED_SYNC_AFTER_MS = 60_000;

let demo: RunningDemo;
let api: N8nApi;

beforeAll(async () => {
	demo = await startDemo({
		userFolder: createUserFolder('demo'),
		n8nPort: 0,
		emulatorPort: 0,
		failedSyncAfterMs: FAILED_SYNC_AFTER_MS,
	});
	api = await demo.n8n.api();
});

afterAll(async () => {
	await demo?.stop();
});

test('the emulator holds a small account with connections in every state', () => {
	const { emu, account } = demo.emulator!;
	const states = account.connections.map((connection) => connection.state).sort();
	expect(states).toEqual([
		'broken',
		'broken',
		'healthy',
		'healthy',
		'healthy',
		'healthy',
		'healthy',
		'never synced',
		'never synced',
		'paused',
		'paused',
		'syncing',
	]);
	expect(emu.state.groups.size).toBe(3);
	expect(emu.state.destinations.size).toBe(3);
	const byState = (state: string) =>
		account.connections
			.filter((c) => c.state === state)
			.map((c) => emu.state.connections.get(c.id)!);
	expect(byState('broken').every((c) => c.status.setup_state === 'broken')).toBe(true);
	expect(byState('paused').every((c) => c.paused)).toBe(true);
	expect(byState('syncing').every((c) => c.status.sync_state === 'syncing')).toBe(true);
	expect(byState('never synced').every((c) => c.succeeded_at === null)).toBe(true);
	expect(emu.state.users.size).toBe(8);
	expect(emu.state.systemKeys.size).toBe(1);
});

test('n8n has the example workflows, the failed-sync trigger published', async () => {
	const { data } = await api.publicApi<{
		data: Array<{ id: string; name: string; active: boolean }>;
	}>('GET', '/workflows');
	expect(data.map((workflow) => workflow.name).sort()).toEqual([
		'Fivetran: create a system key',
		'Fivetran: invite a user',
		'Fivetran: list connections',
		'Fivetran: notify on failed sync',
		'Fivetran: sync and wait',
	]);
	expect(data.filter((workflow) => workflow.active).map((workflow) => workflow.id)).toEqual([
		NOTIFY_ON_FAILED_SYNC_ID,
	]);
	const webhooks = [...demo.emulator!.emu.state.webhooks.values()];
	expect(webhooks).toEqual([expect.objectContaining({ events: ['sync_end'], active: true })]);
	expect(webhooks[0].url.startsWith(demo.n8n.url)).toBe(true);
});

test('the broken connection fails a sync and the trigger composes an alert', async () => {
	await demo.emulator!.emu.clock.advance(FAILED_SYNC_AFTER_MS);
	const [execution] = await waitFor('the alert execution', async () => {
		const executions = await api.settledExecutions(NOTIFY_ON_FAILED_SYNC_ID);
		return executions.length > 0 ? executions : undefined;
	});
	const [alert] = execution.data?.resultData.runData['Compose alert']?.[0]?.data?.main?.[0] ?? [];
	expect(alert?.json).toMatchObject({
		text: 'Fivetran sync of app_db (postgres) failed: Source credentials were rejected',
	});
});

test('stop ends n8n and the emulator', async () => {
	const { n8n, emulator } = demo;
	await demo.stop();
	await expect(fetch(`${n8n.url}/healthz`)).rejects.toThrow();
	await expect(fetch(`${emulator!.emu.baseUrl}/v1/account/info`)).rejects.toThrow();
});
