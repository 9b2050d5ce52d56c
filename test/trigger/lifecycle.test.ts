import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { startEmulator, type Emulator } from '../emulator';
import { startSync } from '../emulator/sync';
import { deliveriesSettled } from '../emulator/webhookDelivery';
import { hookContext, realHttpRequest, type FakeCredentials } from './fakes';
import { WebhookHost } from './webhookHost';

const SYNC_EVENTS = ['sync_start', 'sync_end'];
const SIX_MINUTES = 6 * 60_000;

let emulator: Emulator;
let credentials: FakeCredentials;
let hosts: WebhookHost[] = [];

async function startHost(parameters: IDataObject = {}, workflowId?: string): Promise<WebhookHost> {
	const host = await WebhookHost.start(
		{ scope: 'account', events: SYNC_EVENTS, ...parameters },
		credentials,
		workflowId,
	);
	hosts.push(host);
	return host;
}

function storedWebhookId(webhookHost: WebhookHost): string {
	const id = webhookHost.persistedStaticData.webhookId;
	expect(typeof id).toBe('string');
	return id as string;
}

/**
 * Moves the emulator's clock, then waits for the webhook POSTs the move started: the
 * emulator's ticker starts deliveries without awaiting them (a receiver may call the API
 * while it handles one), so clock.advance() alone returns before they arrive.
 */
async function advanceAndDeliver(ms: number): Promise<void> {
	await emulator.clock.advance(ms);
	await deliveriesSettled(emulator.state);
}

function firstConnection() {
	const connection = [...emulator.state.connections.values()][0];
	expect(connection).toBeDefined();
	return connection;
}

beforeEach(async () => {
	emulator = await startEmulator({
		clock: { mode: 'manual' },
		seed: { groups: 1, connections: 2 },
	});
	credentials = {
		apiKey: emulator.apiKey,
		apiSecret: emulator.apiSecret,
		baseUrl: emulator.baseUrl,
	};
});

afterEach(async () => {
	await Promise.all(hosts.map(async (host) => await host.close()));
	hosts = [];
	await emulator.close();
});

describe('activation', () => {
	it('creates an account webhook with a fresh secret; the creation ping is answered 200 before create() returns', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();

		const webhookId = storedWebhookId(webhookHost);
		const remote = emulator.state.webhooks.get(webhookId);
		expect(remote).toMatchObject({
			type: 'account',
			url: webhookHost.url,
			events: SYNC_EVENTS,
			active: true,
		});
		expect(webhookHost.persistedStaticData.secret).toMatch(/^[0-9a-f]{64}$/);
		expect(webhookHost.persistedStaticData).toMatchObject({
			workflowId: 'wf-1',
			url: webhookHost.url,
			accountId: emulator.state.accountId,
		});
		expect(remote?.secret).toBe(webhookHost.persistedStaticData.secret);

		expect(webhookHost.deliveries).toEqual([
			{ event: 'test_event', status: 200, duringActivation: true, ran: false },
		]);
		expect(webhookHost.executions).toEqual([]);
		const [create] = emulator.requestLog.filter('POST', '/v1/webhooks/account');
		expect(create.status).toBe(200);
		expect(create.headers.authorization).toBe(`Basic ${emulator.apiKey}`);
		expect(create.body).toEqual({
			url: webhookHost.url,
			events: SYNC_EVENTS,
			active: true,
			secret: webhookHost.persistedStaticData.secret,
		});
	});

	it('creates a group webhook for the group chosen in the locator', async () => {
		const groupId = firstConnection().group_id;
		const webhookHost = await startHost({
			scope: 'group',
			groupId: { __rl: true, mode: 'id', value: groupId },
		});
		await webhookHost.activate();
		expect(emulator.state.webhooks.get(storedWebhookId(webhookHost))).toMatchObject({
			type: 'group',
			group_id: groupId,
		});
	});

	it('uses a new secret for every webhook it creates', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		const firstSecret = webhookHost.persistedStaticData.secret;
		await webhookHost.deactivate();
		await webhookHost.activate();
		expect(webhookHost.persistedStaticData.secret).not.toBe(firstSecret);
	});

	it('refuses a plain-http webhook URL for a non-loopback Fivetran, before sending anything', async () => {
		const remoteApi = { ...credentials, baseUrl: 'https://api.fivetran.com' };
		const context = hookContext(
			{ parameters: { scope: 'account', events: SYNC_EVENTS }, staticData: {} },
			'http://n8n.internal:5678/webhook/wf-1/webhook',
			remoteApi,
		);
		const create = new FivetranTrigger().webhookMethods.default.create;
		await expect(create.call(context)).rejects.toThrow(
			'Fivetran only delivers webhooks to public HTTPS URLs',
		);
		await expect(create.call(context)).rejects.toMatchObject({
			description: expect.stringContaining('WEBHOOK_URL'),
		});
	});
});

describe('the whole loop', () => {
	it('activate → a sync runs → signed sync_start and sync_end run the workflow → deactivate deletes the webhook', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		const webhookId = storedWebhookId(webhookHost);
		const connection = firstConnection();

		const { syncId } = startSync(emulator.state, connection, emulator.clock.now());
		await advanceAndDeliver(SIX_MINUTES);

		expect(webhookHost.executions).toHaveLength(2);
		const [[started], [ended]] = webhookHost.executions;
		const expected = { connectionId: connection.id, syncId, groupId: connection.group_id };
		expect(started).toMatchObject({ event: 'sync_start', ...expected });
		expect(ended).toMatchObject({ event: 'sync_end', status: 'SUCCESSFUL', ...expected });
		// The emulator signs in upper-case hex by default; every delivery was accepted.
		expect(emulator.state.webhookDeliveries.map((delivery) => delivery.status)).toEqual([
			200, 200, 200,
		]);

		await webhookHost.deactivate();
		expect(emulator.state.webhooks.has(webhookId)).toBe(false);
		expect(webhookHost.persistedStaticData).toEqual({});
	});

	it('answers a re-delivered sync_end 200 without a second execution', async () => {
		const webhookHost = await startHost({ events: ['sync_end'] });
		await webhookHost.activate();
		const connection = firstConnection();
		startSync(emulator.state, connection, emulator.clock.now());
		await advanceAndDeliver(SIX_MINUTES);
		expect(webhookHost.executions).toHaveLength(1);

		// Queue the very payload the emulator delivered once more, as Fivetran's retry would.
		const delivered = emulator.state.webhookDeliveries.find(
			(delivery) => delivery.event === 'sync_end',
		);
		const payload = JSON.parse(delivered?.body ?? '{}') as Record<string, string>;
		emulator.state.outbox.push({ event: 'sync_end', payload, createdAt: emulator.clock.now() });
		await advanceAndDeliver(1);

		expect(
			emulator.state.webhookDeliveries.filter((delivery) => delivery.event === 'sync_end'),
		).toHaveLength(2);
		expect(webhookHost.executions).toHaveLength(1);
		expect(webhookHost.deliveries.slice(-1)).toEqual([
			{ event: 'sync_end', status: 200, duringActivation: false, ran: false },
		]);
	});

	it('runs for a "send test event" delivery (POST /v1/webhooks/{id}/test), which is signed', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		const answer = await realHttpRequest(credentials, {
			method: 'POST',
			url: `${emulator.baseUrl}/v1/webhooks/${storedWebhookId(webhookHost)}/test`,
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify({ event: 'sync_end' }),
		});
		expect(JSON.parse(answer.body)).toMatchObject({ data: { succeed: true, status: 200 } });
		expect(webhookHost.executions).toHaveLength(1);
		expect(webhookHost.executions[0][0]).toMatchObject({
			event: 'sync_end',
			connectionId: '_connection_1',
		});
	});

	it('answers 401 to an event signed with another secret, and runs nothing', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		emulator.state.webhooks.get(storedWebhookId(webhookHost))!.secret = 'not-the-stored-one';
		startSync(emulator.state, firstConnection(), emulator.clock.now());
		await advanceAndDeliver(1);
		expect(webhookHost.deliveries.slice(-1)).toEqual([
			{ event: 'sync_start', status: 401, duringActivation: false, ran: false },
		]);
		expect(webhookHost.executions).toEqual([]);
	});
});

describe('checkExists and delete', () => {
	it('is true while the stored webhook matches, without creating another one', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		await webhookHost.activate();
		expect(emulator.state.webhooks.size).toBe(1);
		expect(emulator.requestLog.count('GET', `/v1/webhooks/${storedWebhookId(webhookHost)}`)).toBe(
			1,
		);
	});

	it('is false and clears the static data when the webhook was deleted in Fivetran', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		emulator.state.webhooks.clear();
		const exists = await webhookHost.runLifecycle(
			new FivetranTrigger().webhookMethods.default.checkExists,
		);
		expect(exists).toBe(false);
		expect(webhookHost.persistedStaticData).toEqual({});
	});

	it('is false when the events changed, and removes its own stale webhook', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		const oldId = storedWebhookId(webhookHost);
		webhookHost.parameters.events = ['sync_end'];
		await webhookHost.activate();
		expect(emulator.state.webhooks.has(oldId)).toBe(false);
		expect([...emulator.state.webhooks.values()].map((webhook) => webhook.events)).toEqual([
			['sync_end'],
		]);
	});

	it('rethrows errors other than 404, without the API secret in them', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		webhookHost.credentials.apiSecret = 'wrong-secret-value';
		const checkExists = new FivetranTrigger().webhookMethods.default.checkExists;
		const error: unknown = await webhookHost
			.runLifecycle(checkExists)
			.catch((caught: unknown) => caught);
		expect(error).toMatchObject({ httpCode: '401' });
		expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
		expect(webhookHost.persistedStaticData.webhookId).toBeDefined();
	});

	it('delete treats a webhook that is already gone as deleted', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		emulator.state.webhooks.clear();
		await webhookHost.deactivate();
		expect(webhookHost.persistedStaticData).toEqual({});
	});
});

describe('ownership: a webhook is deleted only by the workflow it was created for, at its URL', () => {
	/** The original activates; a copy starts with the original's static data, as n8n copies it. */
	async function originalAndCopy(copyWorkflowId: string, stripOwnership = false) {
		const original = await startHost({}, 'wf-original');
		await original.activate();
		const originalId = storedWebhookId(original);
		const copy = await startHost({}, copyWorkflowId);
		copy.persistedStaticData = structuredClone(original.persistedStaticData);
		if (stripOwnership) {
			// Static data stored before ownership was recorded: only the webhook ID and secret.
			const { webhookId, secret } = copy.persistedStaticData;
			copy.persistedStaticData = { webhookId, secret };
		}
		return { original, originalId, copy };
	}

	it.each([
		['a copied workflow (another workflow ID and URL)', 'wf-copy', false],
		['an imported workflow keeping the workflow ID under another URL', 'wf-original', false],
		['a copy whose static data predates ownership records', 'wf-copy', true],
	])(
		'%s leaves the original webhook alone on activation and deactivation',
		async (_label, copyWorkflowId, stripOwnership) => {
			const { original, originalId, copy } = await originalAndCopy(copyWorkflowId, stripOwnership);
			await copy.activate();

			expect(emulator.state.webhooks.get(originalId)?.url).toBe(original.url);
			const copyId = storedWebhookId(copy);
			expect(copyId).not.toBe(originalId);
			expect(emulator.state.webhooks.get(copyId)?.url).toBe(copy.url);
			expect(copy.persistedStaticData.workflowId).toBe(copyWorkflowId);
			expect(copy.logs).toContainEqual({
				level: 'warn',
				message: expect.stringContaining(`left Fivetran webhook ${originalId} in place`),
			});
			expect(emulator.requestLog.count('DELETE', `/v1/webhooks/${originalId}`)).toBe(0);

			await copy.deactivate();
			expect(emulator.state.webhooks.has(originalId)).toBe(true);
			expect(emulator.state.webhooks.has(copyId)).toBe(false);
		},
	);

	it('a copy deactivated before it ever activated does not delete the original webhook', async () => {
		const { originalId, copy } = await originalAndCopy('wf-copy');
		await copy.deactivate();
		expect(emulator.state.webhooks.has(originalId)).toBe(true);
		expect(copy.persistedStaticData).toEqual({});
	});

	it('does not delete its webhook once it was pointed at another URL in Fivetran', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		const webhookId = storedWebhookId(webhookHost);
		emulator.state.webhooks.get(webhookId)!.url = 'https://elsewhere.example.com/hook';
		await webhookHost.activate();
		expect(emulator.state.webhooks.get(webhookId)?.url).toBe('https://elsewhere.example.com/hook');
		expect(storedWebhookId(webhookHost)).not.toBe(webhookId);
	});

	it('says so when the credential now points at another account: the old webhook keeps getting 401s', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		const oldId = storedWebhookId(webhookHost);
		// As seen from another account: the stored webhook is not found, the account differs.
		webhookHost.persistedStaticData.accountId = 'account_before';
		emulator.state.webhooks.delete(oldId);
		await webhookHost.activate();

		const warning = webhookHost.logs.find((line) => line.level === 'warn');
		expect(warning?.message).toContain(`webhook ${oldId} was created in account account_before`);
		expect(warning?.message).toContain(
			`now points at Fivetran account ${emulator.state.accountId}`,
		);
		expect(warning?.message).toContain('answered 401 until you delete it');
		expect(storedWebhookId(webhookHost)).not.toBe(oldId);
		expect(webhookHost.persistedStaticData.accountId).toBe(emulator.state.accountId);
	});

	it('only notes a webhook deleted in Fivetran when the account is the same', async () => {
		const webhookHost = await startHost();
		await webhookHost.activate();
		emulator.state.webhooks.clear();
		await webhookHost.activate();
		expect(webhookHost.logs.filter((line) => line.level === 'warn')).toEqual([]);
		expect(webhookHost.logs).toContainEqual({
			level: 'info',
			message: expect.stringContaining('no longer exists in this Fivetran account'),
		});
	});
});

describe('Connection IDs at activation', () => {
	it.each([
		['an object', { id: 'conn_a' }],
		['a list holding an object', ['conn_a', { id: 'conn_b' }]],
	])('refuses %s before creating anything', async (_label, connectionIds) => {
		const webhookHost = await startHost({ options: { connectionIds } });
		const error: unknown = await webhookHost.activate().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(
			/^Connection IDs (is|holds) an object, not a list of IDs$/,
		);
		expect(emulator.state.webhooks.size).toBe(0);
	});
});
