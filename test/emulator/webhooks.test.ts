/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { startTestEmulator, type ApiCall } from './apiTestClient';
import type { Emulator, EmulatorOptions } from './index';
import {
	deliveriesSettled,
	flushWebhooks,
	pendingDeliveries,
	retryOffsetMs,
	RETRY_STEP_MS,
} from './webhookDelivery';

/** A local webhook endpoint that records every POST and answers `nextStatuses` (then `status`). */
interface Receiver {
	url: string;
	requests: Array<{ headers: http.IncomingHttpHeaders; body: string }>;
	status: number;
	nextStatuses: number[];
	close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
	const receiver = { requests: [], status: 200, nextStatuses: [] } as unknown as Receiver;
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			receiver.requests.push({
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			});
			const status = receiver.nextStatuses.shift() ?? receiver.status;
			if (status !== HANG) res.writeHead(status).end('ok');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
	receiver.close = () =>
		new Promise((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		});
	return receiver;
}

/** A receiver status meaning "never answer". */
const HANG = 0;

/** A loopback URL nobody listens on (connection refused). */
async function unreachableUrl(): Promise<string> {
	const receiver = await startReceiver();
	await receiver.close();
	return receiver.url;
}

function hmacHex(body: string, secret: string): string {
	return createHmac('sha256', secret).update(body).digest('hex');
}

const SECRET = 'whsec_test_secret';
let emu: Emulator;
let api: ApiCall;
let receiver: Receiver;

async function restart(options: EmulatorOptions = {}): Promise<void> {
	await emu.close();
	({ emu, api } = await startTestEmulator(options));
}

beforeEach(async () => {
	({ emu, api } = await startTestEmulator({ seed: { groups: 2 } }));
	receiver = await startReceiver();
});

afterEach(async () => {
	await deliveriesSettled(emu.state);
	await emu.close();
	await receiver.close();
});

function groupIds(): string[] {
	return [...emu.state.groups.keys()];
}

async function createAccountWebhook(body: Record<string, unknown> = {}): Promise<string> {
	const created = await api('POST', '/v1/webhooks/account', {
		url: receiver.url,
		events: ['sync_end'],
		secret: SECRET,
		...body,
	});
	expect(created.status).toBe(200);
	return created.body.data?.id as string;
}

describe('creating webhooks', () => {
	it('pings the URL with a signed test event before answering 200, and masks the secret', async () => {
		const { status, body } = await api('POST', '/v1/webhooks/account', {
			url: receiver.url,
			events: ['sync_start', 'sync_end'],
			secret: SECRET,
		});
		expect(status).toBe(200);
		expect(body).toMatchObject({
			code: 'Success',
			message: 'Account webhook has been created',
			data: {
				type: 'account',
				url: receiver.url,
				events: ['sync_start', 'sync_end'],
				active: true,
				secret: '******',
			},
		});
		expect(body.data?.created_by).toBe(emu.adminUserId);
		expect(JSON.stringify(body)).not.toContain(SECRET);

		// The ping arrived before the create call returned.
		expect(receiver.requests).toHaveLength(1);
		const [ping] = receiver.requests;
		expect(ping.headers['content-type']).toBe('application/json');
		expect(ping.headers['x-fivetran-signature-256']).toBe(hmacHex(ping.body, SECRET).toUpperCase());
		expect(JSON.parse(ping.body)).toMatchObject({
			event: 'test_event',
			connector_id: '_connection_1',
		});
		expect(emu.state.webhookDeliveries).toEqual([
			expect.objectContaining({
				webhookId: body.data?.id,
				event: 'test_event',
				attempt: 1,
				status: 200,
				body: ping.body,
			}),
		]);
	});

	it.each([
		['a non-2xx answer', async () => receiver.url, 500, 'HTTP 500'],
		['an unreachable URL', unreachableUrl, 0, 'ECONNREFUSED'],
	])('answers 400 and saves nothing on %s', async (_label, url, loggedStatus, reason) => {
		receiver.status = 500;
		const { status, body } = await api('POST', '/v1/webhooks/account', {
			url: await url(),
			events: ['sync_end'],
		});
		expect(status).toBe(400);
		expect(body.code).toBe('InvalidInput');
		expect(emu.state.webhooks.size).toBe(0);
		expect(body.message).toContain(reason);
		expect(emu.state.webhookDeliveries.map((entry) => entry.status)).toEqual([loggedStatus]);
	});

	it('gives up on an endpoint that does not answer within the attempt time-out', async () => {
		emu.state.webhookSettings.attemptTimeoutMs = 100;
		receiver.status = HANG;
		const { status, body } = await api('POST', '/v1/webhooks/account', {
			url: receiver.url,
			events: ['sync_end'],
		});
		expect(status).toBe(400);
		expect(body.message).toContain('timed out after 100 ms');
		expect(emu.state.webhooks.size).toBe(0);
	});

	it('skips the ping when created inactive', async () => {
		const created = await api('POST', '/v1/webhooks/account', {
			url: await unreachableUrl(),
			events: ['sync_end'],
			active: false,
		});
		expect(created).toMatchObject({ status: 200, body: { data: { active: false } } });
		expect(emu.state.webhookDeliveries).toHaveLength(0);
	});

	it('sends no signature header when the webhook has no secret', async () => {
		await createAccountWebhook({ secret: undefined });
		expect(receiver.requests[0].headers['x-fivetran-signature-256']).toBeUndefined();
	});

	it('creates group webhooks for existing groups only', async () => {
		const [groupId] = groupIds();
		const created = await api('POST', `/v1/webhooks/group/${groupId}`, {
			url: receiver.url,
			events: ['sync_end'],
		});
		expect(created).toMatchObject({
			status: 200,
			body: {
				message: 'Group webhook has been created',
				data: { type: 'group', group_id: groupId },
			},
		});
		expect(
			await api('POST', '/v1/webhooks/group/missing', { url: receiver.url, events: ['sync_end'] }),
		).toMatchObject({
			status: 404,
			body: { code: 'NotFound_Group' },
		});
	});

	it.each([
		['no url', { url: undefined }],
		['no events', { events: undefined }],
		['empty events', { events: [] }],
		['an unknown event', { events: ['sync_end', 'made_up'] }],
		['a non-boolean active', { active: 'yes' }],
		['plain http to a public host', { url: 'http://example.com/hook' }],
		['another scheme', { url: 'ftp://127.0.0.1/hook' }],
		['a malformed URL', { url: 'not a url' }],
	])('refuses %s with 400 InvalidInput', async (_label, overrides) => {
		const { status, body } = await api('POST', '/v1/webhooks/account', {
			url: receiver.url,
			events: ['sync_end'],
			...overrides,
		});
		expect(status).toBe(400);
		expect(body.code).toBe('InvalidInput');
		expect(receiver.requests).toHaveLength(0);
	});

	it('accepts https URLs and http://localhost', async () => {
		const https = await api('POST', '/v1/webhooks/account', {
			url: 'https://hooks.example.com/x',
			events: ['sync_end'],
			active: false,
		});
		expect(https.status).toBe(200);
		const localhost = receiver.url.replace('127.0.0.1', 'localhost');
		expect(
			(await api('POST', '/v1/webhooks/account', { url: localhost, events: ['sync_end'] })).status,
		).toBe(200);
	});

	it('refuses http loopback URLs in strict mode', async () => {
		await restart({ strictWebhookUrls: true });
		const { status, body } = await api('POST', '/v1/webhooks/account', {
			url: receiver.url,
			events: ['sync_end'],
		});
		expect(status).toBe(400);
		expect(body.message).toContain('HTTPS');
		expect(receiver.requests).toHaveLength(0);
	});
});

describe('reading, updating and deleting webhooks', () => {
	it('lists and reads webhooks with the secret masked', async () => {
		const id = await createAccountWebhook();
		const list = await api('GET', '/v1/webhooks');
		expect(list.body.data?.items).toEqual([expect.objectContaining({ id, secret: '******' })]);
		expect((await api('GET', `/v1/webhooks/${id}`)).body.data).toEqual(list.body.data?.items?.[0]);
	});

	it('answers 404 NotFound for an unknown webhook', async () => {
		for (const method of ['GET', 'PATCH', 'DELETE']) {
			expect(
				await api(method, '/v1/webhooks/missing', method === 'PATCH' ? {} : undefined),
			).toEqual({
				status: 404,
				body: { code: 'NotFound', message: "Webhook with id 'missing' does not exist." },
			});
		}
	});

	it('pings on activation and refuses it when the URL fails', async () => {
		const id = await createAccountWebhook({ active: false });
		receiver.status = 503;
		expect((await api('PATCH', `/v1/webhooks/${id}`, { active: true })).status).toBe(400);
		expect(emu.state.webhooks.get(id)?.active).toBe(false);

		receiver.status = 200;
		const activated = await api('PATCH', `/v1/webhooks/${id}`, {
			active: true,
			events: ['sync_start'],
		});
		expect(activated).toMatchObject({
			status: 200,
			body: { message: 'Webhook has been updated', data: { active: true, events: ['sync_start'] } },
		});
		expect(receiver.requests).toHaveLength(2);
	});

	it('updates without a ping when nothing is activated', async () => {
		const id = await createAccountWebhook();
		const updated = await api('PATCH', `/v1/webhooks/${id}`, {
			events: ['sync_start'],
			secret: 'rotated',
		});
		expect(updated.body.data).toMatchObject({ events: ['sync_start'], secret: '******' });
		expect(receiver.requests).toHaveLength(1);
		expect(emu.state.webhooks.get(id)?.secret).toBe('rotated');
	});

	it('deletes a webhook', async () => {
		const id = await createAccountWebhook();
		expect(await api('DELETE', `/v1/webhooks/${id}`)).toEqual({
			status: 200,
			body: { code: 'Success', message: `Webhook with id '${id}' has been deleted` },
		});
		expect((await api('GET', `/v1/webhooks/${id}`)).status).toBe(404);
	});
});

describe('POST /v1/webhooks/{id}/test', () => {
	it('sends the event for _connection_1 and reports the endpoint status', async () => {
		const id = await createAccountWebhook();
		const ok = await api('POST', `/v1/webhooks/${id}/test`, { event: 'sync_start' });
		expect(ok).toMatchObject({
			status: 200,
			body: { data: { succeed: true, status: 200, message: 'OK' } },
		});
		const sent = receiver.requests[1];
		expect(JSON.parse(sent.body)).toMatchObject({
			event: 'sync_start',
			connector_id: '_connection_1',
		});
		expect(sent.headers['x-fivetran-signature-256']).toBe(hmacHex(sent.body, SECRET).toUpperCase());

		receiver.status = 503;
		const failed = await api('POST', `/v1/webhooks/${id}/test`, { event: 'sync_end' });
		expect(failed.body.data).toMatchObject({ succeed: false, status: 503 });
	});

	it('requires a known event', async () => {
		const id = await createAccountWebhook();
		expect((await api('POST', `/v1/webhooks/${id}/test`, {})).status).toBe(400);
		expect((await api('POST', `/v1/webhooks/${id}/test`, { event: 'nope' })).status).toBe(400);
		expect(receiver.requests).toHaveLength(1);
	});
});

describe('delivery of outbox events', () => {
	/** Moves the emulator clock (which runs the webhook ticker) and waits for the attempts it started. */
	async function advanceAndDeliver(ms: number): Promise<void> {
		await emu.clock.advance(ms);
		await deliveriesSettled(emu.state);
	}

	function queueEvent(event: string, groupId?: string): void {
		emu.state.outbox.push({
			event,
			payload: {
				connector_id: 'conn_1',
				sync_id: 'sync-1',
				destination_group_id: groupId ?? null,
				data: { status: 'SUCCESSFUL' },
			},
			groupId,
			createdAt: emu.clock.now(),
		});
	}

	/** Deliveries (not pings) each webhook received, by webhook id. */
	function eventsByWebhook(): Record<string, string[]> {
		const received: Record<string, string[]> = {};
		for (const entry of emu.state.webhookDeliveries) {
			if (entry.event !== 'test_event') (received[entry.webhookId] ??= []).push(entry.event);
		}
		return received;
	}

	it('delivers each event, signed, to the active webhooks that subscribe to it', async () => {
		const [groupA, groupB] = groupIds();
		const account = await createAccountWebhook({ events: ['sync_end', 'sync_start'] });
		const groupAHook = (
			await api('POST', `/v1/webhooks/group/${groupA}`, { url: receiver.url, events: ['sync_end'] })
		).body.data?.id as string;
		await api('POST', `/v1/webhooks/group/${groupB}`, { url: receiver.url, events: ['sync_end'] });
		const inactive = await createAccountWebhook({ active: false });
		const onlyStart = await createAccountWebhook({ events: ['sync_start'] });
		receiver.requests.length = 0;

		queueEvent('sync_end', groupA);
		await advanceAndDeliver(0);

		expect(eventsByWebhook()).toEqual({ [account]: ['sync_end'], [groupAHook]: ['sync_end'] });
		expect(eventsByWebhook()[inactive]).toBeUndefined();
		expect(eventsByWebhook()[onlyStart]).toBeUndefined();
		expect(emu.state.outbox).toHaveLength(0);

		const accountDelivery = receiver.requests.find(
			(request) => request.headers['x-fivetran-signature-256'] !== undefined,
		)!;
		expect(JSON.parse(accountDelivery.body)).toMatchObject({
			event: 'sync_end',
			created: new Date(emu.clock.now()).toISOString(),
			connector_id: 'conn_1',
			sync_id: 'sync-1',
			destination_group_id: groupA,
		});
		expect(accountDelivery.headers['x-fivetran-signature-256']).toBe(
			hmacHex(accountDelivery.body, SECRET).toUpperCase(),
		);
	});

	it('delivers the sync_start and sync_end of a real sync to a group webhook', async () => {
		const [groupId] = groupIds();
		await api('POST', `/v1/webhooks/group/${groupId}`, {
			url: receiver.url,
			events: ['sync_start', 'sync_end'],
			secret: SECRET,
		});
		const connection = await api('POST', '/v1/connections', {
			group_id: groupId,
			service: 'postgres',
			config: { schema: 'pg_hooks', host: 'db.example.com' },
		});
		expect(connection.status).toBe(201);
		const connectionId = connection.body.data?.id as string;
		expect((await api('POST', `/v1/connections/${connectionId}/sync`, {})).status).toBe(200);
		await advanceAndDeliver(60 * 60_000);

		const events = receiver.requests
			.slice(1)
			.map((request) => JSON.parse(request.body) as Record<string, unknown>);
		expect(events.map((event) => [event.event, event.connector_id])).toEqual([
			['sync_start', connectionId],
			['sync_end', connectionId],
		]);
		for (const request of receiver.requests) {
			expect(request.headers['x-fivetran-signature-256']).toBe(
				hmacHex(request.body, SECRET).toUpperCase(),
			);
		}
	});

	it('signs with lower-case hex when configured', async () => {
		emu.state.webhookSettings.signatureCase = 'lower';
		await createAccountWebhook();
		queueEvent('sync_end');
		await flushWebhooks(emu.state, emu.clock.now());
		const delivered = receiver.requests[1];
		expect(delivered.headers['x-fivetran-signature-256']).toBe(hmacHex(delivered.body, SECRET));
	});

	it('retries a failed delivery on the 5-minute back-off of the emulator clock', async () => {
		const id = await createAccountWebhook();
		receiver.nextStatuses = [500, 502];
		queueEvent('sync_end');
		await advanceAndDeliver(0);
		expect(pendingDeliveries(emu.state)).toEqual([
			{
				webhookId: id,
				event: 'sync_end',
				attempts: 1,
				nextAttemptAt: emu.clock.now() + RETRY_STEP_MS,
			},
		]);

		await advanceAndDeliver(RETRY_STEP_MS - 1);
		expect(receiver.requests).toHaveLength(2); // ping + first attempt only

		await advanceAndDeliver(1);
		await advanceAndDeliver(2 * RETRY_STEP_MS);

		const attempts = emu.state.webhookDeliveries.filter((entry) => entry.event === 'sync_end');
		expect(attempts.map(({ attempt, status }) => [attempt, status])).toEqual([
			[1, 500],
			[2, 502],
			[3, 200],
		]);
		expect(new Set(attempts.map((entry) => entry.body)).size).toBe(1);
		expect(attempts[2].at - attempts[0].at).toBe(retryOffsetMs(2));
		expect(pendingDeliveries(emu.state)).toEqual([]);
	});

	it('gives up after 24 hours of failures and deactivates the webhook', async () => {
		const id = await createAccountWebhook();
		receiver.status = 500;
		queueEvent('sync_end');
		await advanceAndDeliver(0);
		for (let tick = 0; tick < 40 && pendingDeliveries(emu.state).length > 0; tick++) {
			const [next] = pendingDeliveries(emu.state);
			await advanceAndDeliver(Math.max(0, next.nextAttemptAt - emu.clock.now()));
		}
		const attempts = emu.state.webhookDeliveries.filter((entry) => entry.event === 'sync_end');
		expect(attempts.length).toBe(24);
		expect(attempts[attempts.length - 1].at - attempts[0].at).toBeLessThanOrEqual(24 * 60 * 60_000);
		expect(emu.state.webhooks.get(id)?.active).toBe(false);
	});

	it('drops queued deliveries of a deleted webhook', async () => {
		const id = await createAccountWebhook();
		receiver.status = 500;
		queueEvent('sync_end');
		await advanceAndDeliver(0);
		await api('DELETE', `/v1/webhooks/${id}`);
		await advanceAndDeliver(RETRY_STEP_MS);
		expect(pendingDeliveries(emu.state)).toEqual([]);
		expect(emu.state.webhookDeliveries.filter((entry) => entry.event === 'sync_end')).toHaveLength(
			1,
		);
	});
});
