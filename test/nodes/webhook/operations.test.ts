/**
 * Workflow tests of every Webhook operation: the request the emulator saw (method, path, body,
 * the admin key) and the items out. Secrets go to Fivetran but never come back in an item: the
 * harness scans every run for them, and the tests check the mask.
 */
import type { Emulator } from '../../emulator';
import { deliveriesSettled } from '../../emulator/webhookDelivery';
import {
	addGroup,
	addWebhook,
	asSent,
	byId,
	describeDelete,
	expectedRequest,
	jsonOf,
	onlyRequest,
	pairedOf,
	useEmulator,
} from '../group/kit';
import { startReceiver, type Receiver } from './receiver';
import { runnerFor } from '../kit';

const runWebhook = runnerFor('webhook');
// Built, not written out: test values, but shaped like real signing secrets.
const SIGNING_SECRET = `whsec_${'0123456789'.repeat(3)}`;
const MASKED = '******';

let emu: Emulator;
let receiver: Receiver;

useEmulator({}, (started) => {
	emu = started;
});

beforeAll(async () => {
	receiver = await startReceiver();
});

beforeEach(() => {
	receiver.events.length = 0;
	receiver.status = 200;
});

afterAll(async () => {
	await deliveriesSettled(emu.state);
	await receiver.close();
});

/** A webhook as the API shows it: the secret masked when one is set. */
function shown(webhook: ReturnType<typeof addWebhook>) {
	return { ...asSent(webhook), secret: webhook.secret ? MASKED : undefined };
}

describe('Get Many', () => {
	it('lists the webhooks, secrets masked, each paired with the input item', async () => {
		const signed = addWebhook(emu, { secret: SIGNING_SECRET });
		const group = addGroup(emu);
		const grouped = addWebhook(emu, { type: 'group', group_id: group.id });

		const { items } = await runWebhook(emu, 'getMany', { returnAll: false, limit: 10 });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, { method: 'GET', path: '/v1/webhooks', query: { limit: '10' } }),
		);
		expect(jsonOf(items)).toEqual([
			{ ...asSent(signed), secret: MASKED },
			asSent({ ...grouped, secret: undefined }),
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('follows the cursor when Limit is larger than a page', async () => {
		const total = emu.state.webhooks.size;
		for (let i = total; i < 1003; i++) addWebhook(emu);

		const { items } = await runWebhook(emu, 'getMany', { returnAll: false, limit: 1001 });

		expect(
			emu.requestLog.entries.map((entry) => [entry.query.limit, 'cursor' in entry.query]),
		).toEqual([
			['1000', false],
			['1', true],
		]);
		const ids = [...emu.state.webhooks.keys()].slice(0, 1001);
		expect(jsonOf(items).map((webhook) => webhook.id)).toEqual(ids);
	});
});

describe('Get', () => {
	it('gets a webhook with its secret masked', async () => {
		const webhook = addWebhook(emu, { secret: SIGNING_SECRET, events: ['sync_start', 'sync_end'] });

		const { items } = await runWebhook(emu, 'get', { webhookId: byId(webhook.id) });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, { method: 'GET', path: `/v1/webhooks/${webhook.id}` }),
		);
		expect(jsonOf(items)).toEqual([shown(webhook)]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});
});

describe('Create', () => {
	it('creates an active account webhook; Fivetran pings the URL first', async () => {
		const { items, error } = await runWebhook(emu, 'create', {
			scope: 'account',
			url: ` ${receiver.url} `,
			events: ['sync_start', 'sync_end'],
			active: true,
			secret: SIGNING_SECRET,
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'POST',
				path: '/v1/webhooks/account',
				body: {
					url: receiver.url,
					events: ['sync_start', 'sync_end'],
					active: true,
					secret: SIGNING_SECRET,
				},
			}),
		);
		expect(receiver.events.map((event) => event.event)).toEqual(['test_event']);
		expect(jsonOf(items)).toEqual([
			{
				id: expect.any(String),
				type: 'account',
				url: receiver.url,
				events: ['sync_start', 'sync_end'],
				active: true,
				secret: MASKED,
				created_at: '2026-01-01T00:00:00.000Z',
				created_by: emu.adminUserId,
			},
		]);
		expect(emu.state.webhooks.get(String(jsonOf(items)[0].id))?.secret).toBe(SIGNING_SECRET);
	});

	it('creates an inactive group webhook without a secret and without a ping', async () => {
		const group = addGroup(emu);

		const { items } = await runWebhook(emu, 'create', {
			scope: 'group',
			groupId: byId(group.id),
			url: 'https://hooks.example.com/fivetran',
			events: ['sync_end', 'sync_end'],
			active: false,
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'POST',
				path: `/v1/webhooks/group/${group.id}`,
				body: { url: 'https://hooks.example.com/fivetran', events: ['sync_end'], active: false },
			}),
		);
		expect(receiver.events).toEqual([]);
		expect(jsonOf(items)[0]).toMatchObject({ type: 'group', group_id: group.id, active: false });
		expect(jsonOf(items)[0]).not.toHaveProperty('secret');
	});
});

describe('Update', () => {
	it('sends only the fields added and outputs the updated webhook', async () => {
		const webhook = addWebhook(emu, { secret: SIGNING_SECRET });

		const { items } = await runWebhook(emu, 'update', {
			webhookId: byId(webhook.id),
			updateFields: { events: ['status', 'sync_end'] },
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'PATCH',
				path: `/v1/webhooks/${webhook.id}`,
				body: { events: ['status', 'sync_end'] },
			}),
		);
		expect(jsonOf(items)).toEqual([{ ...shown(webhook), events: ['status', 'sync_end'] }]);
	});

	it('activating with a new URL and secret pings the new URL', async () => {
		const webhook = addWebhook(emu, { active: false });
		const newSecret = `whsec_${'9876543210'.repeat(3)}`;

		const { items } = await runWebhook(emu, 'update', {
			webhookId: byId(webhook.id),
			updateFields: { url: receiver.url, active: true, secret: newSecret },
		});

		expect(onlyRequest(emu).body).toEqual({ url: receiver.url, active: true, secret: newSecret });
		expect(receiver.events.map((event) => event.event)).toEqual(['test_event']);
		expect(jsonOf(items)).toEqual([
			{ ...asSent(webhook), url: receiver.url, active: true, secret: MASKED },
		]);
	});
});

describeDelete(() => emu, runWebhook, {
	label: 'Webhook',
	add: addWebhook,
	collection: 'webhooks',
	parameter: 'webhookId',
});

describe('Send Test Event', () => {
	it('sends the chosen event and outputs how the URL answered', async () => {
		const webhook = addWebhook(emu, { url: receiver.url, active: true });

		const { items } = await runWebhook(emu, 'sendTestEvent', {
			webhookId: byId(webhook.id),
			event: 'sync_start',
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'POST',
				path: `/v1/webhooks/${webhook.id}/test`,
				body: { event: 'sync_start' },
			}),
		);
		expect(receiver.events).toEqual([
			expect.objectContaining({ event: 'sync_start', connector_id: '_connection_1' }),
		]);
		expect(jsonOf(items)).toEqual([
			{ id: webhook.id, event: 'sync_start', succeed: true, status: 200, message: 'OK' },
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('reports a URL that refuses the event as a result, not an error', async () => {
		const webhook = addWebhook(emu, { url: receiver.url, active: true });
		receiver.status = 410;

		const { items, error } = await runWebhook(emu, 'sendTestEvent', {
			webhookId: byId(webhook.id),
			event: 'sync_end',
		});

		expect(error).toBeUndefined();
		expect(jsonOf(items)).toEqual([
			{
				id: webhook.id,
				event: 'sync_end',
				succeed: false,
				status: 410,
				message: 'the endpoint answered HTTP 410',
			},
		]);
	});
});
