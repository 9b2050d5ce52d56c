/* eslint-disable no-console -- test tooling: runs under Node, never shipped */
/**
 * Webhook delivery: signing, the POST itself, and the retry queue that the webhooks ticker
 * drains from `state.outbox`.
 *
 * Every POST (creation ping, `/test`, event) carries `Content-Type: application/json` and, when
 * the webhook has a secret, `X-Fivetran-Signature-256: <hex HMAC-SHA256 of the raw body>`.
 * Failed event deliveries are retried on Fivetran's schedule in *simulated* time (first attempt,
 * then +5, +10, +15 ... minutes) for 24 hours, after which the webhook is deactivated.
 * Attempts are real HTTP with a real-time limit (`webhookSettings.attemptTimeoutMs`).
 */
import { createHmac, randomUUID } from 'node:crypto';

import { isoTime } from './respond';
import type { EmulatorState, WebhookRecord } from './state';
import { ApiError, type OutboxEvent, type Ticker } from './types';

/** The event of the creation ping (see pingWebhook). */
export const CREATION_PING_EVENT = 'test_event';

const MINUTE = 60_000;
export const RETRY_STEP_MS = 5 * MINUTE;
export const RETRY_WINDOW_MS = 24 * 60 * MINUTE;

/** The fields a POST needs; a webhook record or a not-yet-saved candidate (create / PATCH). */
type WebhookTarget = Pick<WebhookRecord, 'id' | 'url' | 'secret'>;

interface PendingDelivery {
	webhookId: string;
	event: string;
	/** Serialised once, so every retry sends (and signs) the same bytes. */
	body: string;
	attempts: number;
	firstAttemptAt: number | null;
	nextAttemptAt: number;
	inFlight: boolean;
}

interface DeliveryQueue {
	pending: PendingDelivery[];
	running: Set<Promise<void>>;
}

/** Kept beside the state rather than in it: internal bookkeeping, not API data. */
const queues = new WeakMap<EmulatorState, DeliveryQueue>();

function queueOf(state: EmulatorState): DeliveryQueue {
	let queue = queues.get(state);
	if (!queue) {
		queue = { pending: [], running: new Set() };
		queues.set(state, queue);
	}
	return queue;
}

export function signBody(body: string, secret: string, hexCase: 'upper' | 'lower'): string {
	const hex = createHmac('sha256', secret).update(body, 'utf8').digest('hex');
	return hexCase === 'upper' ? hex.toUpperCase() : hex;
}

export interface PostResult {
	/** HTTP status, 0 when the request failed (network error, time-out). */
	status: number;
	error?: string;
}

export function isSuccess(status: number): boolean {
	return status >= 200 && status < 300;
}

/** Duck-typed: fetch's errors may come from another realm (DOMException under jest). */
function describeFailure(error: unknown, timeoutMs: number): string {
	const failure = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string } };
	if (failure.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
	return failure.cause?.code ?? failure.message ?? String(error);
}

/** One signed POST, recorded in `state.webhookDeliveries`. Never throws. */
export async function postToWebhook(
	state: EmulatorState,
	target: WebhookTarget,
	event: string,
	body: string,
	attempt: number,
	now: number,
): Promise<PostResult> {
	const { signatureCase, attemptTimeoutMs } = state.webhookSettings;
	const signature = target.secret ? signBody(body, target.secret, signatureCase) : null;
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	if (signature !== null) headers['X-Fivetran-Signature-256'] = signature;
	const result: PostResult = { status: 0 };
	try {
		const response = await fetch(target.url, {
			method: 'POST',
			headers,
			body,
			redirect: 'manual',
			signal: AbortSignal.timeout(attemptTimeoutMs),
		});
		result.status = response.status;
		await response.arrayBuffer(); // release the connection
	} catch (error) {
		result.error = describeFailure(error, attemptTimeoutMs);
	}
	state.webhookDeliveries.push({
		webhookId: target.id,
		url: target.url,
		event,
		body,
		signature,
		attempt,
		status: result.status,
		at: now,
	});
	return result;
}

/** The event body Fivetran sends: `event` and `created` first, then the simulation's payload. */
export function eventBody(event: OutboxEvent): string {
	return JSON.stringify({
		event: event.event,
		created: isoTime(event.createdAt),
		...event.payload,
	});
}

/** A made-up event for the dummy connection `_connection_1`, as `/test` and the creation ping send. */
export function testEventBody(event: string, now: number, groupId?: string): string {
	return JSON.stringify({
		event,
		created: isoTime(now),
		connector_type: '_connection_1',
		connector_id: '_connection_1',
		connector_name: '_connection_1',
		sync_id: randomUUID(),
		destination_group_id: groupId ?? '_group_1',
		data: { status: 'SUCCESSFUL' },
	});
}

function failureText(result: PostResult): string {
	return result.error ?? `the endpoint answered HTTP ${result.status}`;
}

/**
 * The POST Fivetran makes when a webhook is created or activated: anything but a 2xx answers
 * 400 and the webhook is not saved. Resolves only after the endpoint answered, so a receiver
 * sees the ping before the create call returns. Its event is `test_event` (Fivetran's
 * "Webhooks" page, https://fivetran.com/docs/rest-api/getting-started/webhooks: "a single POST
 * request ... with a testing payload"; the event name as issue 15 quotes Fivetran's docs).
 */
export async function pingWebhook(
	state: EmulatorState,
	target: WebhookTarget & { group_id?: string },
	now: number,
): Promise<void> {
	const result = await postToWebhook(
		state,
		target,
		CREATION_PING_EVENT,
		testEventBody(CREATION_PING_EVENT, now, target.group_id),
		1,
		now,
	);
	if (!isSuccess(result.status)) {
		throw new ApiError(
			400,
			'InvalidInput',
			`Test event could not be delivered to the webhook URL: ${failureText(result)}`,
		);
	}
}

/** POST /v1/webhooks/{id}/test: sends one test event and reports the outcome. */
export async function sendTestEvent(
	state: EmulatorState,
	webhook: WebhookRecord,
	event: string,
	now: number,
): Promise<{ succeed: boolean; status: number; message: string }> {
	const result = await postToWebhook(
		state,
		webhook,
		event,
		testEventBody(event, now, webhook.group_id),
		1,
		now,
	);
	const succeed = isSuccess(result.status);
	return { succeed, status: result.status, message: succeed ? 'OK' : failureText(result) };
}

function subscribes(webhook: WebhookRecord, event: OutboxEvent): boolean {
	if (!webhook.active || !webhook.events.includes(event.event)) return false;
	return webhook.type === 'account' || webhook.group_id === event.groupId;
}

/** Moves every outbox event into one pending delivery per subscribed webhook. */
function enqueueOutbox(state: EmulatorState, now: number): void {
	const events = state.outbox.splice(0, state.outbox.length);
	const { pending } = queueOf(state);
	for (const event of events) {
		const body = eventBody(event);
		for (const webhook of state.webhooks.values()) {
			if (!subscribes(webhook, event)) continue;
			pending.push({
				webhookId: webhook.id,
				event: event.event,
				body,
				attempts: 0,
				firstAttemptAt: null,
				nextAttemptAt: now,
				inFlight: false,
			});
		}
	}
}

/** Offset from the first attempt of retry n (1-based): 5, 15, 30, 50 ... minutes. */
export function retryOffsetMs(retry: number): number {
	return (RETRY_STEP_MS * retry * (retry + 1)) / 2;
}

function removePending(queue: DeliveryQueue, delivery: PendingDelivery): void {
	const index = queue.pending.indexOf(delivery);
	if (index >= 0) queue.pending.splice(index, 1);
}

async function attemptDelivery(
	state: EmulatorState,
	delivery: PendingDelivery,
	now: number,
): Promise<void> {
	const queue = queueOf(state);
	const webhook = state.webhooks.get(delivery.webhookId);
	// A webhook deleted or deactivated since the event was queued gets nothing more.
	if (!webhook || !webhook.active) {
		removePending(queue, delivery);
		return;
	}
	delivery.attempts += 1;
	const firstAttemptAt = delivery.firstAttemptAt ?? now;
	delivery.firstAttemptAt = firstAttemptAt;
	const result = await postToWebhook(
		state,
		webhook,
		delivery.event,
		delivery.body,
		delivery.attempts,
		now,
	);
	if (isSuccess(result.status)) {
		removePending(queue, delivery);
		return;
	}
	const offset = retryOffsetMs(delivery.attempts);
	if (offset > RETRY_WINDOW_MS) {
		// Fivetran gives up after 24 hours and disables the webhook.
		removePending(queue, delivery);
		webhook.active = false;
		return;
	}
	delivery.nextAttemptAt = firstAttemptAt + offset;
}

function trackRunning(queue: DeliveryQueue, attempt: Promise<void>): void {
	const running: Promise<void> = attempt
		.catch((error) => console.error('emulator: webhook delivery failed', error))
		.finally(() => queue.running.delete(running));
	queue.running.add(running);
}

/**
 * Registered in routes/index.ts: queues new outbox events and starts every due attempt.
 * It does not wait for them: the server awaits tickers before each request, and a slow or
 * unreachable receiver (or one that calls the API back before answering) must not hold up
 * unrelated requests. Tests wait with `deliveriesSettled` / `flushWebhooks`.
 */
export const webhookTicker: Ticker = (state, now) => {
	enqueueOutbox(state, now);
	const queue = queueOf(state);
	const dueByWebhook = new Map<string, PendingDelivery[]>();
	for (const delivery of queue.pending) {
		if (delivery.inFlight || delivery.nextAttemptAt > now) continue;
		delivery.inFlight = true; // claimed: a tick running meanwhile must not start it again
		const due = dueByWebhook.get(delivery.webhookId) ?? [];
		due.push(delivery);
		dueByWebhook.set(delivery.webhookId, due);
	}
	// One webhook receives its events in order (sync_start before sync_end); webhooks run in parallel.
	for (const due of dueByWebhook.values()) {
		trackRunning(queue, attemptInOrder(state, due, now));
	}
};

async function attemptInOrder(
	state: EmulatorState,
	deliveries: PendingDelivery[],
	now: number,
): Promise<void> {
	for (const delivery of deliveries) {
		try {
			await attemptDelivery(state, delivery, now);
		} finally {
			delivery.inFlight = false;
		}
	}
}

/** Resolves once every attempt in flight (including ones started meanwhile) has finished. */
export async function deliveriesSettled(state: EmulatorState): Promise<void> {
	const queue = queueOf(state);
	while (queue.running.size > 0) {
		await Promise.all([...queue.running]);
	}
}

/** Runs the ticker at `now` and waits for what it started: "deliver everything due now". */
export async function flushWebhooks(state: EmulatorState, now: number): Promise<void> {
	await webhookTicker(state, now);
	await deliveriesSettled(state);
}

/** Deliveries still waiting (for a retry or a first attempt); for tests and diagnostics. */
export function pendingDeliveries(
	state: EmulatorState,
): Array<Pick<PendingDelivery, 'webhookId' | 'event' | 'attempts' | 'nextAttemptAt'>> {
	return queueOf(state).pending.map(({ webhookId, event, attempts, nextAttemptAt }) => ({
		webhookId,
		event,
		attempts,
		nextAttemptAt,
	}));
}
