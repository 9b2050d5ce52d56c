/**
 * The Fivetran Trigger inside a running n8n (`n8n start`): published before start, it creates
 * its webhook in the emulator during activation; syncs the emulator runs (its clock is ours)
 * deliver signed events to n8n's production URL, and n8n's own API shows the executions.
 */
import { apiClient } from '../emulator/apiTestClient';
import { deliveriesSettled, signBody } from '../emulator/webhookDelivery';
import {
	importWorkflow,
	publishWorkflow,
	startN8n,
	type N8nApi,
	type N8nExecution,
	type RunningN8n,
} from '../../scripts/lib/n8n';
import {
	chainWorkflow,
	fivetranTrigger,
	productionWebhookUrl,
} from '../../scripts/lib/workflowBuilder';
import { CREDENTIAL_NAME, setUpN8nWithEmulator, type E2eSetup } from './kit';
import { waitFor } from '../../scripts/lib/waitFor';

const WORKFLOW_ID = 'e2eTriggerSyncs';
const WEBHOOK_ID = '5f0c7a52-3d4e-4c1b-9a7e-e2e5e7e1f001';
const TRIGGER = 'Fivetran Trigger';

let setup: E2eSetup;
let n8n: RunningN8n;
let api: N8nApi;

const executions = () => api.settledExecutions(WORKFLOW_ID);

function triggerItem(execution: N8nExecution): Record<string, unknown> {
	const [item] = execution.data?.resultData.runData[TRIGGER]?.[0]?.data?.main?.[0] ?? [];
	return item?.json ?? {};
}

beforeAll(async () => {
	setup = await setUpN8nWithEmulator('server', {
		seed: { groups: 1, connections: 4, random: 3 },
		clock: { mode: 'manual' },
	});
	const trigger = fivetranTrigger(
		TRIGGER,
		{ scope: 'account', events: ['sync_start', 'sync_end'] },
		CREDENTIAL_NAME,
		WEBHOOK_ID,
	);
	await importWorkflow(chainWorkflow(WORKFLOW_ID, 'E2E: Fivetran Trigger', [trigger]), setup);
	await publishWorkflow(WORKFLOW_ID, setup);
	n8n = await startN8n({ userFolder: setup.userFolder });
	api = await n8n.api();
});

afterAll(async () => {
	await n8n?.stop();
	await setup?.emu.close();
});

test('activation created the webhook in the emulator and answered its signed ping', async () => {
	const { state } = setup.emu;
	const webhook = await waitFor('the webhook to be created', () => [...state.webhooks.values()][0]);
	expect(webhook).toMatchObject({
		type: 'account',
		url: productionWebhookUrl(n8n.url, WEBHOOK_ID),
		events: ['sync_start', 'sync_end'],
		active: true,
	});
	const ping = state.webhookDeliveries.find((delivery) => delivery.event === 'test_event');
	expect(ping).toMatchObject({ webhookId: webhook.id, status: 200 });
	expect(ping?.signature).toMatch(/^[0-9A-F]{64}$/);
});

test('each sync start and end starts one execution with the event', async () => {
	const { emu } = setup;
	const connectionIds = [...emu.state.connections.values()]
		.filter((c) => !c.paused)
		.map((c) => c.id)
		.slice(0, 2);
	for (const id of connectionIds) {
		expect((await apiClient(emu)('POST', `/v1/connections/${id}/sync`, {})).status).toBe(200);
	}
	await emu.clock.advance(10 * 60_000); // every sync (five simulated minutes) has ended
	await deliveriesSettled(emu.state);

	const events = emu.state.webhookDeliveries.filter((delivery) => delivery.event !== 'test_event');
	expect(events.map((delivery) => delivery.status)).toEqual([200, 200, 200, 200]);
	const recorded = await waitFor('four executions', async () => {
		const list = await executions();
		return list.length === 4 ? list : undefined;
	});
	expect(
		recorded.every((execution) => execution.status === 'success' && execution.mode === 'webhook'),
	).toBe(true);
	const items = recorded.map(triggerItem);
	const seen = items.map((item) => `${String(item.connectionId)} ${String(item.event)}`).sort();
	expect(seen).toEqual(
		connectionIds.flatMap((id) => [`${id} sync_end`, `${id} sync_start`]).sort(),
	);
	for (const item of items.filter((candidate) => candidate.event === 'sync_end')) {
		expect(item).toMatchObject({ status: 'SUCCESSFUL', syncId: expect.any(String) });
	}
});

test('a delivery with a bad signature gets 401 and starts no execution', async () => {
	const before = (await executions()).length;
	const body = JSON.stringify({
		event: 'sync_end',
		connector_id: 'forged',
		data: { status: 'FAILURE' },
	});
	const response = await fetch(productionWebhookUrl(n8n.url, WEBHOOK_ID), {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			'x-fivetran-signature-256': signBody(body, 'not-the-secret', 'upper'),
		},
		body,
	});
	expect(response.status).toBe(401);
	// The 401 is answered before anything runs; an execution would be listed by now.
	expect((await executions()).length).toBe(before);
});

test('unpublishing the workflow deletes the webhook in the emulator', async () => {
	expect(setup.emu.state.webhooks.size).toBe(1);
	await api.publicApi('POST', `/workflows/${WORKFLOW_ID}/deactivate`);
	await waitFor('the webhook to be deleted', () =>
		setup.emu.state.webhooks.size === 0 ? true : undefined,
	);
});
