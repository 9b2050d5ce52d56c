/**
 * Webhooks: /v1/webhooks. Creates answer 200 (not 201), as Fivetran does. An active webhook
 * is pinged with a signed test event on create and on activation (or a URL change while
 * active); unless the URL answers 2xx the call answers 400 and nothing is saved.
 *
 * 404s use the plain `NotFound` code: the reference finds no `NotFound_Webhook`, and Terraform's
 * webhook tests key on `NotFound`.
 */
import { paginate, track } from '../pagination';
import {
	done,
	invalidInput,
	isoTime,
	objectBody,
	ok,
	optionalBoolean,
	optionalString,
} from '../respond';
import type { EmulatorState, WebhookRecord } from '../state';
import { ApiError, type Route, type RouteContext, type RoutePermission } from '../types';
import { pingWebhook, sendTestEvent } from '../webhookDelivery';
import { requireGroup } from './groups';

export const WEBHOOK_EVENTS: readonly string[] = [
	'sync_start',
	'sync_end',
	'status',
	'dbt_run_start',
	'dbt_run_succeeded',
	'dbt_run_failed',
	'transformation_run_start',
	'transformation_run_succeeded',
	'transformation_run_failed',
	'connection_successful',
	'connection_failure',
	'create_connector',
	'pause_connector',
	'resume_connector',
	'edit_connector',
	'delete_connector',
	'force_update_connector',
	'resync_connector',
	'resync_table',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

function requireWebhook(state: EmulatorState, id: string): WebhookRecord {
	const webhook = state.webhooks.get(id);
	if (!webhook) throw new ApiError(404, 'NotFound', `Webhook with id '${id}' does not exist.`);
	return webhook;
}

/** Secrets never leave the emulator: "******" when one is set. */
function presentWebhook(webhook: WebhookRecord) {
	const { secret, ...visible } = webhook;
	return secret ? { ...visible, secret: '******' } : visible;
}

/** HTTPS only, except `http://` to a loopback host unless `strictUrls` is on. */
export function validateWebhookUrl(state: EmulatorState, value: unknown): string {
	if (typeof value !== 'string' || value.trim() === '')
		throw invalidInput(`Field 'url' is required`);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw invalidInput(`Invalid value for 'url': not a valid URL`);
	}
	if (url.protocol === 'https:') return value;
	const loopbackAllowed = !state.webhookSettings.strictUrls && LOOPBACK_HOSTS.has(url.hostname);
	if (url.protocol === 'http:' && loopbackAllowed) return value;
	throw invalidInput(`Invalid value for 'url': webhook URLs must use HTTPS`);
}

function validateEvent(value: unknown, field: string): string {
	if (typeof value !== 'string' || !WEBHOOK_EVENTS.includes(value)) {
		throw invalidInput(`Invalid value for '${field}': unknown event '${String(value)}'`);
	}
	return value;
}

export function validateEvents(value: unknown): string[] {
	if (!Array.isArray(value) || value.length === 0) {
		throw invalidInput(`Field 'events' is required and must be a non-empty array`);
	}
	return [...new Set(value.map((event) => validateEvent(event, 'events')))];
}

function createWebhook(type: WebhookRecord['type']) {
	return async (ctx: RouteContext) => {
		const group = type === 'group' ? requireGroup(ctx.state, ctx.params.groupId) : undefined;
		const body = objectBody(ctx.body);
		const webhook: WebhookRecord = {
			id: ctx.state.newId(),
			type,
			...(group ? { group_id: group.id } : {}),
			url: validateWebhookUrl(ctx.state, body.url),
			events: validateEvents(body.events),
			active: optionalBoolean(body, 'active') ?? true,
			secret: optionalString(body, 'secret') ?? '',
			created_at: isoTime(ctx.now),
			created_by: ctx.caller.id,
		};
		if (webhook.active) await pingWebhook(ctx.state, webhook, ctx.now);
		ctx.state.webhooks.set(webhook.id, track(webhook));
		const label = type === 'account' ? 'Account' : 'Group';
		return ok(presentWebhook(webhook), `${label} webhook has been created`);
	};
}

function listWebhooks(ctx: RouteContext) {
	return paginate([...ctx.state.webhooks.values()], ctx.query, presentWebhook);
}

function getWebhook(ctx: RouteContext) {
	return ok(presentWebhook(requireWebhook(ctx.state, ctx.params.webhookId)));
}

async function updateWebhook(ctx: RouteContext) {
	const stored = requireWebhook(ctx.state, ctx.params.webhookId);
	const body = objectBody(ctx.body);
	const updated: WebhookRecord = {
		...stored,
		url: body.url === undefined ? stored.url : validateWebhookUrl(ctx.state, body.url),
		events: body.events === undefined ? stored.events : validateEvents(body.events),
		active: optionalBoolean(body, 'active') ?? stored.active,
		secret: optionalString(body, 'secret') ?? stored.secret,
	};
	const activated = updated.active && (!stored.active || updated.url !== stored.url);
	if (activated) await pingWebhook(ctx.state, updated, ctx.now);
	Object.assign(stored, updated);
	return ok(presentWebhook(stored), 'Webhook has been updated');
}

function deleteWebhook(ctx: RouteContext) {
	const webhook = requireWebhook(ctx.state, ctx.params.webhookId);
	ctx.state.webhooks.delete(webhook.id);
	return done(`Webhook with id '${webhook.id}' has been deleted`);
}

async function testWebhook(ctx: RouteContext) {
	const webhook = requireWebhook(ctx.state, ctx.params.webhookId);
	const body = objectBody(ctx.body);
	if (body.event === undefined) throw invalidInput(`Field 'event' is required`);
	const event = validateEvent(body.event, 'event');
	const outcome = await sendTestEvent(ctx.state, webhook, event, ctx.now);
	return ok(outcome, 'Webhook has been tested');
}

const read: RoutePermission = { resourceType: 'WEBHOOK', access: 'READ' };
const manage: RoutePermission = { resourceType: 'WEBHOOK', access: 'MANAGE' };
const WEBHOOK = '/v1/webhooks/:webhookId';

export const routes: Route[] = [
	{ method: 'GET', path: '/v1/webhooks', handler: listWebhooks, permission: read },
	{
		method: 'POST',
		path: '/v1/webhooks/account',
		handler: createWebhook('account'),
		permission: manage,
	},
	{
		method: 'POST',
		path: '/v1/webhooks/group/:groupId',
		handler: createWebhook('group'),
		permission: manage,
	},
	{ method: 'GET', path: WEBHOOK, handler: getWebhook, permission: read },
	{ method: 'PATCH', path: WEBHOOK, handler: updateWebhook, permission: manage },
	{ method: 'DELETE', path: WEBHOOK, handler: deleteWebhook, permission: manage },
	{ method: 'POST', path: `${WEBHOOK}/test`, handler: testWebhook, permission: manage },
];
