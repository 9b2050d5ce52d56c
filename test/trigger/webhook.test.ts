import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { forgetDeliveries, triggerScope } from '../../nodes/FivetranTrigger/dedupe';
import { signBody } from '../../nodes/FivetranTrigger/signature';
import {
	TRIGGER_NODE,
	signedDelivery,
	webhookContext,
	type Delivery,
	type LogLine,
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

/**
 * One delivery through webhook(). When it starts an execution, n8n then answers with
 * `n8nAnswer` (200: its runner accepted the execution; 500: starting it failed; null: no
 * answer yet, the execution is still being handed over).
 */
async function deliver(
	triggerSetup: TriggerSetup,
	delivery: Delivery,
	n8nAnswer: number | null = 200,
) {
	const { context, response, finish } = webhookContext(triggerSetup, delivery);
	const result: IWebhookResponseData = await new FivetranTrigger().webhook.call(context);
	if (result.workflowData !== undefined && n8nAnswer !== null) finish(n8nAnswer);
	return { result, response, finish };
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

	it('answers 503 without running while no secret is stored, and logs how to repair', async () => {
		const logs: LogLine[] = [];
		const outcome = await deliver(
			{ ...setup({}, {}), logs },
			signedDelivery(syncEnd(), signingKey),
		);
		expectNoRun(outcome, 503);
		expect(outcome.response.body).toEqual({
			message: expect.stringContaining('deactivate the workflow and activate it again'),
		});
		expect(logs).toEqual([
			{ level: 'warn', message: expect.stringContaining('no signing secret stored') },
		]);
		expect(logs[0].message).toContain('deactivate the workflow and activate it again');
	});
});

describe('FivetranTrigger.webhook: pings and duplicates', () => {
	it('acknowledges the creation ping (event "test_event") by name without running, signed or not, with or without a secret', async () => {
		const ping = { ...syncEnd(), event: 'test_event', connector_id: '_connection_1' };
		expectNoRun(await deliver(setup(), signedDelivery(ping, signingKey)), 200);
		expectNoRun(await deliver(setup(), signedDelivery(ping, 'stale-key-of-an-old-webhook')), 200);
		expectNoRun(await deliver(setup({}, {}), signedDelivery(ping, 'any')), 200);
		const unsigned = signedDelivery({ event: 'test_event' }, signingKey);
		delete unsigned.headers['x-fivetran-signature-256'];
		expectNoRun(await deliver(setup({}, {}), unsigned), 200);
	});

	it('answers any other event 503 while no secret is stored, subscribed or not (never 200)', async () => {
		for (const event of ['test', 'sync_end', 'dbt_run_failed', 'unknown']) {
			const delivery = signedDelivery(syncEnd({ event }), signingKey);
			expectNoRun(await deliver(setup({}, {}), delivery), 503);
		}
	});

	it('answers an unsigned event that is not subscribed 401, not 200', async () => {
		const delivery = signedDelivery(syncEnd({ event: 'dbt_run_failed' }), signingKey);
		delete delivery.headers['x-fivetran-signature-256'];
		expectNoRun(await deliver(setup(), delivery), 401);
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

	it('runs the re-delivery when n8n could not start the first execution (records only accepted runs)', async () => {
		const first = await deliver(setup(), signedDelivery(syncEnd(), signingKey), 500);
		expect(itemOf(first.result).syncId).toBe('sync-1');
		const retry = await deliver(setup(), signedDelivery(syncEnd(), signingKey));
		expect(itemOf(retry.result).syncId).toBe('sync-1');
		expectNoRun(await deliver(setup(), signedDelivery(syncEnd(), signingKey)), 200);
	});

	it('runs the re-delivery when the connection closed before n8n answered', async () => {
		const first = await deliver(setup(), signedDelivery(syncEnd(), signingKey), null);
		first.finish(200, ['close']);
		const retry = await deliver(setup(), signedDelivery(syncEnd(), signingKey));
		expect(itemOf(retry.result).syncId).toBe('sync-1');
	});

	it('answers 409 to a re-delivery arriving while the first is still being started', async () => {
		const first = await deliver(setup(), signedDelivery(syncEnd(), signingKey), null);
		expectNoRun(await deliver(setup(), signedDelivery(syncEnd(), signingKey)), 409);
		first.finish(200);
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

	it.each([
		['an object', { id: 'conn_a' }],
		['a list holding an object', ['conn_a', { id: 'conn_b' }]],
		['a list holding a list', [['conn_a']]],
		['a boolean', true],
	])(
		'refuses (500, logged, Fivetran retries) a Connection IDs option that is %s, never filtering everything out',
		async (_label, connectionIds) => {
			const logs: LogLine[] = [];
			const outcome = await deliver(
				{ ...setup({ connectionIds }), logs },
				signedDelivery(syncEnd(), signingKey),
			);
			expectNoRun(outcome, 500);
			expect(logs).toEqual([{ level: 'warn', message: expect.stringContaining('Connection IDs') }]);
		},
	);

	it('accepts numbers in a Connection IDs list', async () => {
		const numeric = syncEnd({ connector_id: '42' });
		const { result } = await deliver(
			setup({ connectionIds: [42, 'conn_b'] }),
			signedDelivery(numeric, signingKey),
		);
		expect(itemOf(result).connectionId).toBe('42');
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
		const failure = syncEnd({ sync_id: 'sync-3', data: { status: 'FAILURE' } });
		const second = await deliver(failedOnly, signedDelivery(failure, signingKey));
		expect(itemOf(second.result).status).toBe('FAILURE');
	});

	it.each([
		['RESCHEDULED', { data: { status: 'RESCHEDULED', reason: 'Rate limited' } }],
		['no status (a test event without one)', { data: {} }],
		['no data at all', { data: undefined }],
		['an unknown status', { data: { status: 'SOMETHING_NEW' } }],
	])('with Only Failed Syncs, ignores a sync_end with %s', async (_label, overrides) => {
		const failedOnly = setup({ onlyFailedSyncs: true });
		const delivery = signedDelivery(syncEnd({ sync_id: 'sync-r', ...overrides }), signingKey);
		expectNoRun(await deliver(failedOnly, delivery), 200);
	});
});

describe('FivetranTrigger.webhook: bodies that are not a JSON object', () => {
	const unsigned = (rawBody: string, contentType?: string): Delivery => ({
		rawBody: Buffer.from(rawBody),
		headers: contentType === undefined ? {} : { 'content-type': contentType },
	});

	it.each([
		['no body', unsigned('')],
		['no body with a JSON content type', unsigned('', 'application/json')],
		['null', unsigned('null', 'application/json')],
		['a list', unsigned('[{"event":"sync_end"}]', 'application/json')],
		['a string', unsigned('"sync_end"', 'application/json')],
		['a number', unsigned('42', 'application/json')],
		['true', unsigned('true', 'application/json')],
		['text/plain', unsigned('{"event":"sync_end"}', 'text/plain')],
		[
			'a content type n8n does not parse',
			unsigned('{"event":"sync_end"}', 'application/octet-stream'),
		],
		['no content type', unsigned('{"event":"sync_end"}')],
	])(
		'answers %s 400 without running or throwing, with or without a secret',
		async (_label, delivery) => {
			expectNoRun(await deliver(setup(), delivery), 400);
			expectNoRun(await deliver(setup({}, {}), delivery), 400);
		},
	);

	it('answers a correctly signed list 400 too (Fivetran only sends objects)', async () => {
		const rawBody = Buffer.from('[]');
		const delivery: Delivery = {
			rawBody,
			headers: {
				'content-type': 'application/json',
				'x-fivetran-signature-256': signBody(rawBody, signingKey),
			},
		};
		expectNoRun(await deliver(setup(), delivery), 400);
	});
});
