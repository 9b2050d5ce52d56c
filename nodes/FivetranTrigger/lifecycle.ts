import { randomBytes } from 'crypto';
import { NodeOperationError, type IHookFunctions } from 'n8n-workflow';

import { isLoopbackUrl } from '../Fivetran/v1/helpers/loopback';
import { apiPath, fivetranApiRequest } from '../Fivetran/v1/transport';
import { forgetDeliveries, triggerScope } from './dedupe';
import { clearStoredWebhook, readStoredWebhook, storeWebhook } from './staticData';

/**
 * Resolves to undefined when Fivetran answers 404. Other errors propagate unchanged: the
 * transport's errors already are NodeApiErrors carrying Fivetran's code and message.
 */
async function unlessNotFound<T>(request: Promise<T>): Promise<T | undefined> {
	return await request.catch((error: unknown) => {
		if ((error as { httpCode?: unknown } | null)?.httpCode === '404') return undefined;
		throw error;
	});
}

function selectedEvents(ctx: IHookFunctions): string[] {
	return ctx.getNodeParameter('events', []) as string[];
}

function webhookUrlOf(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (url === undefined || url === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			'n8n did not provide a webhook URL for this trigger',
		);
	}
	return url;
}

function sameEvents(a: unknown, b: string[]): boolean {
	if (!Array.isArray(a) || a.length !== b.length) return false;
	const wanted = new Set(b);
	return a.every((event) => typeof event === 'string' && wanted.has(event));
}

async function isLoopbackApi(ctx: IHookFunctions): Promise<boolean> {
	const credentials = await ctx.getCredentials<{ baseUrl?: string }>('fivetranApi');
	return isLoopbackUrl(credentials.baseUrl ?? '');
}

/**
 * Fivetran refuses non-HTTPS URLs (400), so say why before asking it. A loopback API base URL
 * (the emulator) may deliver to plain http, as the emulator allows.
 */
async function assertDeliverableUrl(ctx: IHookFunctions, url: string): Promise<void> {
	if (url.startsWith('https://') || (await isLoopbackApi(ctx))) return;
	throw new NodeOperationError(
		ctx.getNode(),
		'Fivetran only delivers webhooks to public HTTPS URLs',
		{
			description: `This workflow's webhook URL is ${url}. Serve n8n over HTTPS at a public address and set the WEBHOOK_URL environment variable to it (e.g. WEBHOOK_URL=https://n8n.example.com/), then activate again.`,
		},
	);
}

/** 404 means already gone (deleted in Fivetran's dashboard, or by an earlier attempt). */
async function deleteRemoteWebhook(ctx: IHookFunctions, webhookId: string): Promise<void> {
	await unlessNotFound(
		fivetranApiRequest.call(ctx, { method: 'DELETE', path: apiPath`/v1/webhooks/${webhookId}` }),
	);
}

/**
 * True only when the webhook this trigger created still exists, active, with this
 * workflow's URL and the selected events. Otherwise our own stale webhook is removed (it
 * would keep delivering with a secret we are about to forget) and the static data cleared,
 * so that n8n calls create().
 */
export async function webhookExists(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const stored = readStoredWebhook(staticData);
	if (stored === undefined) return false;
	const found = await unlessNotFound(
		fivetranApiRequest.call(this, {
			method: 'GET',
			path: apiPath`/v1/webhooks/${stored.webhookId}`,
		}),
	);
	if (found === undefined) {
		clearStoredWebhook(staticData);
		return false;
	}
	const remote = found.data;
	const upToDate =
		remote.url === webhookUrlOf(this) &&
		remote.active === true &&
		sameEvents(remote.events, selectedEvents(this));
	if (upToDate) return true;
	await deleteRemoteWebhook(this, stored.webhookId);
	clearStoredWebhook(staticData);
	return false;
}

/**
 * Creates an account or group webhook signed with a fresh random secret.
 *
 * Fivetran POSTs a test payload to the URL before it answers, and n8n saves the static data
 * only after create() returns, so that request always finds no secret: webhook() answers it
 * 200 without running (decisions.md, "Trigger"). Writing the secret before the POST would not
 * change that, and would leave a secret without a webhook when the POST fails; so both are
 * stored together once Fivetran has answered.
 */
export async function createWebhook(this: IHookFunctions): Promise<boolean> {
	const url = webhookUrlOf(this);
	await assertDeliverableUrl(this, url);
	const secret = randomBytes(32).toString('hex');
	const body = { url, events: selectedEvents(this), active: true, secret };
	const path =
		this.getNodeParameter('scope', 'account') === 'group'
			? apiPath`/v1/webhooks/group/${this.getNodeParameter('groupId', '', { extractValue: true }) as string}`
			: '/v1/webhooks/account';
	const { data } = await fivetranApiRequest.call(this, { method: 'POST', path, body });
	if (typeof data.id !== 'string') {
		throw new NodeOperationError(
			this.getNode(),
			'Fivetran created the webhook but sent no ID for it',
			{
				description:
					'Delete the webhook for this URL in Fivetran, then activate the workflow again.',
			},
		);
	}
	storeWebhook(this.getWorkflowStaticData('node'), { webhookId: data.id, secret });
	return true;
}

/** Deletes the webhook this trigger created (404: already gone) and forgets it. */
export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const stored = readStoredWebhook(staticData);
	if (stored !== undefined) await deleteRemoteWebhook(this, stored.webhookId);
	clearStoredWebhook(staticData);
	forgetDeliveries(triggerScope(this.getWorkflow().id, this.getNode().id));
	return true;
}
