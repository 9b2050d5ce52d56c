import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { forgetDeliveries, triggerScope } from '../../nodes/FivetranTrigger/dedupe';
import {
	TRIGGER_NODE,
	signedDelivery,
	webhookContext,
	type Delivery,
	type TriggerSetup,
} from './fakes';

const signingKey = 'stored-signing-key';
const workflowId = 'wf-webhook-unit';

const syncEnd = (overrides: IDataObject = {}): IDataObject => ({
	event: 'sync_end',
	created: '2026-01-01T00:10:00.000Z',
	connector_type: 'postgres',
	connector_id: 'conn_a',
	connector_name: 'pg_main',
	sync_id: 'sync-1',
	destination_group_id: 'group_a',
	data: { status: 'SUCCESSFUL' },
	...overrides,
});

function setup(
	options: IDataObject = {},
	staticData: IDataObject = { webhookId: 'wh_1', secret: signingKey },
): TriggerSetup {
	return {
		parameters: { scope: 'account', events: ['sync_start', 'sync_end'], options },
		staticData,
		workflowId,
	};
}

async function deliver(triggerSetup: TriggerSetup, delivery: Delivery) {
	const { context, response } = webhookContext(triggerSetup, delivery);
	const result: IWebhookResponseData = await new FivetranTrigger().webhook.call(context);
	return { result, response };
}

/** The item of a run, or a failure naming what happened instead. */
function itemOf(result: IWebhookResponseData): IDataObject {
	expect(result.workflowData).toHaveLength(1);
	expect(result.workflowData?.[0]).toHaveLength(1);
	return result.workflowData?.[0][0].json as IDataObject;
}

function expectNoRun(
	outcome: { result: IWebhookResponseData; response: { statusCode?: number } },
	status: number,
) {
	expect(outcome.result.workflowData).toBeUndefined();
	expect(outcome.result.noWebhookResponse).toBe(true);
	expect(outcome.response.statusCode).toBe(status);
}

afterEach(() => forgetDeliveries(triggerScope(workflowId, TRIGGER_NODE.id)));

describe('FivetranTrigger.webhook: signature', () => {
	it.each(['lower', 'upper'] as const)(
		'runs once for an event signed in %s-case hex',
		async (hexCase) => {
			const { result, response } = await deliver(
				setup(),
				signedDelivery(syncEnd(), signingKey, hexCase),
			);
			expect(response.statusCode).toBeUndefined(); // n8n answers for a run
			expect(itemOf(result)).toMatchObject({
				event: 'sync_end',
				connectionId: 'conn_a',
				connectionName: 'pg_main',
				connectorType: 'postgres',
				syncId: 'sync-1',
				groupId: 'group_a',
				status: 'SUCCESSFUL',
				createdAt: '2026-01-01T00:10:00.000Z',
				raw: syncEnd(),
			});
		},
	);

	it('answers 401 without running when the signature header is missing', async () => {
		const delivery = signedDelivery(syncEnd(), signingKey);
		delete delivery.headers['x-fivetran-signature-256'];
		const outcome = await deliver(setup(), delivery);
		expectNoRun(outcome, 401);
		expect(JSON.stringify(outcome.response)).not.toContain(signingKey);
	});

	it('answers 401 without running when signed with another key', async () => {
		expectNoRun(await deliver(setup(), signedDelivery(syncEnd(), 'another-key')), 401);
	});

	it('answers 401 when the body was changed after signing (checks the raw bytes)', async () => {
		const delivery = signedDelivery(syncEnd(), signingKey);
		delivery.rawBody = Buffer.from(JSON.stringify(syncEnd({ connector_id: 'conn_evil' })));
		expectNoRun(await deliver(setup(), delivery), 401);
	});

	it('answers 200 without running while no secret is stored (activation in progress)', async () => {
		const outcome = await deliver(setup({}, {}), signedDelivery(syncEnd(), signingKey));
		expectNoRun(outcome, 200);
	});
});

describe('FivetranTrigger.webhook: pings and duplicates', () => {
	it('acknowledges the creation ping (event "test") without running, signed or not', async () => {
		const ping = { ...syncEnd(), event: 'test', connector_id: '_connection_1' };
		expectNoRun(await deliver(setup(), signedDelivery(ping, signingKey)), 200);
		expectNoRun(await deliver(setup(), signedDelivery(ping, 'stale-key-of-an-old-webhook')), 200);
	});

	it('runs for a verified "send test event" delivery of a subscribed event', async () => {
		const testEvent = syncEnd({ connector_id: '_connection_1', sync_id: 'test-sync' });
		const { result } = await deliver(setup(), signedDelivery(testEvent, signingKey));
		expect(itemOf(result).connectionId).toBe('_connection_1');
	});

	it('answers a re-delivery of the same event, sync and connection 200 without a second run', async () => {
		const first = await deliver(setup(), signedDelivery(syncEnd(), signingKey));
		expect(itemOf(first.result).syncId).toBe('sync-1');
		expectNoRun(await deliver(setup(), signedDelivery(syncEnd(), signingKey)), 200);
	});

	it('runs again for the same sync id of another event, and for events without a sync id', async () => {
		await deliver(setup(), signedDelivery(syncEnd(), signingKey));
		const start = await deliver(
			setup(),
			signedDelivery(syncEnd({ event: 'sync_start' }), signingKey),
		);
		expect(itemOf(start.result).event).toBe('sync_start');
		const noSyncId = syncEnd({ event: 'sync_start', sync_id: undefined });
		for (let run = 0; run < 2; run++) {
			const { result } = await deliver(setup(), signedDelivery(noSyncId, signingKey));
			expect(itemOf(result).syncId).toBeNull();
		}
	});
});

describe('FivetranTrigger.webhook: filters', () => {
	it('ignores events that are not selected', async () => {
		const dbt = syncEnd({ event: 'dbt_run_failed' });
		expectNoRun(await deliver(setup(), signedDelivery(dbt, signingKey)), 200);
	});

	it.each([
		['comma-separated', ' conn_b , conn_a '],
		['a list', ['conn_b', 'conn_a']],
	])('runs only for the connection IDs given (%s)', async (_label, connectionIds) => {
		const filtered = setup({ connectionIds });
		const { result } = await deliver(filtered, signedDelivery(syncEnd(), signingKey));
		expect(itemOf(result).connectionId).toBe('conn_a');
		const other = signedDelivery(
			syncEnd({ connector_id: 'conn_c', sync_id: 'sync-9' }),
			signingKey,
		);
		expectNoRun(await deliver(filtered, other), 200);
	});

	it('with Only Failed Syncs, runs for a failed sync_end only', async () => {
		const failedOnly = setup({ onlyFailedSyncs: true });
		expectNoRun(await deliver(failedOnly, signedDelivery(syncEnd(), signingKey)), 200);
		expectNoRun(
			await deliver(failedOnly, signedDelivery(syncEnd({ event: 'sync_start' }), signingKey)),
			200,
		);
		const failed = syncEnd({
			sync_id: 'sync-2',
			data: { status: 'FAILURE_WITH_TASK', reason: 'Timeout' },
		});
		const { result } = await deliver(failedOnly, signedDelivery(failed, signingKey));
		expect(itemOf(result)).toMatchObject({ status: 'FAILURE_WITH_TASK', reason: 'Timeout' });
	});
});
