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
import { TRIGGER_MATRIX } from '../reliability/triggerMatrix';
import { CREDENTIAL_NAME, setUpN8nWithEmulator, type E2eSetup } from './kit';
import { waitFor } from '../../scripts/lib/waitFor';

const WORKFLOW_ID = 'e2eTriggerSyncs';
const WEBHOOK_ID = '5f0c7a52-3d4e-4c1b-9a7e-e2e5e7e1f001';
const TRIGGER = 'Fivetran Trigger';
/** The dummy connection Fivetran's "send test event" names. */
const TEST_CONNECTION = '_connection_1';

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

/**
 * The trigger matrix's requests (bodies that are not a JSON object, unsigned objects, the
 * creation ping) plus a JSON body that does not parse, which n8n itself answers 422.
 */
const HOSTILE: Array<{ body: string; contentType?: string; status: number }> = [
	...TRIGGER_MATRIX,
	{ body: '{"event":', contentType: 'application/json', status: 422 },
];

test('100 unsigned requests whose body is not a signed JSON object are refused and start no execution', async () => {
	const sent = Array.from({ length: 100 }, (_, index) => HOSTILE[index % HOSTILE.length]);
	const statuses: number[] = [];
	for (const { body, contentType } of sent) {
		const response = await fetch(productionWebhookUrl(n8n.url, WEBHOOK_ID), {
			method: 'POST',
			headers: contentType === undefined ? {} : { 'content-type': contentType },
			body,
		});
		statuses.push(response.status);
		await response.arrayBuffer();
	}
	expect(statuses).toEqual(sent.map((request) => request.status));
	expect(await api.executions(WORKFLOW_ID)).toEqual([]);

	// A barrier: one signed event through the same route. Once its execution is listed, a
	// failed execution stored for any of the requests before it would be listed too.
	const webhook = [...setup.emu.state.webhooks.values()][0];
	const test = await apiClient(setup.emu)('POST', `/v1/webhooks/${webhook.id}/test`, {
		event: 'sync_start',
	});
	expect(test.status).toBe(200);
	const listed = await waitFor('the test event execution', async () => {
		const list = await executions();
		return list.length > 0 ? list : undefined;
	});
	const all = await api.executions(WORKFLOW_ID);
	expect(all).toHaveLength(1);
	expect(listed).toHaveLength(1);
	expect(all[0].status).toBe('success');
	expect(triggerItem(listed[0])).toMatchObject({
		event: 'sync_start',
		connectionId: TEST_CONNECTION,
	});
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

	const events = emu.state.webhookDeliveries.filter(
		(delivery) => delivery.event !== 'test_event' && !delivery.body.includes(TEST_CONNECTION),
	);
	expect(events.map((delivery) => delivery.status)).toEqual([200, 200, 200, 200]);
	const recorded = await waitFor('four executions', async () => {
		const list = (await executions()).filter(
			(execution) => triggerItem(execution).connectionId !== TEST_CONNECTION,
		);
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
