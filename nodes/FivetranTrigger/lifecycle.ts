import { randomBytes } from 'crypto';
import { NodeOperationError, type IDataObject, type IHookFunctions } from 'n8n-workflow';

import { isLoopbackUrl } from '../shared/loopback';
import { apiPath, fivetranApiRequest } from '../shared/transport';
import { forgetDeliveries, triggerScope } from './dedupe';
import { CONNECTION_IDS_HINT, parseConnectionIds } from '../shared/eventFilters';
import {
	clearStoredWebhook,
	readStoredWebhook,
	storeWebhook,
	type StoredWebhook,
} from './staticData';

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

/** The workflow and URL a webhook is created for, and must still point at to be ours. */
interface Owner {
	workflowId: string;
	url: string | undefined;
}

function ownerOf(ctx: IHookFunctions): Owner {
	return { workflowId: ctx.getWorkflow().id ?? '', url: ctx.getNodeWebhookUrl('default') };
}

/**
 * Whether the stored webhook was created by this workflow for its current URL. Static data is
 * copied along with a workflow (duplicate, export/import), so a copy finds the original's id:
 * that webhook is not the copy's to delete. Entries stored before ownership was recorded have
 * no workflow or URL; for them only the webhook's own URL decides (see webhookExists).
 */
function createdHere(stored: StoredWebhook, owner: Owner): boolean {
	return (
		(stored.workflowId === undefined || stored.workflowId === owner.workflowId) &&
		(stored.url === undefined || stored.url === owner.url)
	);
}

function leaveAlone(ctx: IHookFunctions, webhookId: string, why: string): void {
	ctx.logger.warn(
		`Fivetran Trigger: left Fivetran webhook ${webhookId} in place (${why}); creating a new webhook for this workflow. If nothing uses webhook ${webhookId} any more, delete it in Fivetran.`,
	);
}

/** The Fivetran account the credential belongs to; undefined when the key may not read it. */
async function accountIdOf(ctx: IHookFunctions): Promise<string | undefined> {
	try {
		const { data } = await fivetranApiRequest.call(ctx, {
			method: 'GET',
			path: apiPath`/v1/account/info`,
		});
		return typeof data.account_id === 'string' ? data.account_id : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The stored webhook is gone from the credential's account: deleted in Fivetran, or the
 * credential now points at another account. In the second case the old webhook still exists in
 * the old account and keeps delivering here, signed with a secret this trigger no longer has,
 * so each of those deliveries is answered 401 until someone deletes it: say so.
 */
async function explainMissingWebhook(ctx: IHookFunctions, stored: StoredWebhook): Promise<void> {
	const accountNow = stored.accountId === undefined ? undefined : await accountIdOf(ctx);
	if (
		stored.accountId !== undefined &&
		accountNow !== undefined &&
		accountNow !== stored.accountId
	) {
		ctx.logger.warn(
			`Fivetran Trigger: the credential now points at Fivetran account ${accountNow}, but this trigger's webhook ${stored.webhookId} was created in account ${stored.accountId}. A new webhook is created in account ${accountNow}. The old one keeps delivering to this workflow and is answered 401 until you delete it in account ${stored.accountId} (Fivetran dashboard, or Webhook › Delete with a credential of that account).`,
		);
		return;
	}
	ctx.logger.info(
		`Fivetran Trigger: webhook ${stored.webhookId} no longer exists in this Fivetran account (deleted in Fivetran, or the credential points at another account); creating a new one.`,
	);
}

/**
 * True only when the webhook this trigger created still exists, active, with this workflow's
 * URL and the selected events. Otherwise the static data is cleared, so that n8n calls
 * create(); on the way, a webhook is deleted only when it is this workflow's own and still
 * points at this workflow's URL (it would keep delivering with a secret we are about to
 * forget). Any other webhook is left alone, with a warning naming it.
 */
export async function webhookExists(this: IHookFunctions): Promise<boolean> {
	assertReadableConnectionIds(this);
	const staticData = this.getWorkflowStaticData('node');
	const stored = readStoredWebhook(staticData);
	if (stored === undefined) return false;
	const owner = ownerOf(this);
	if (!createdHere(stored, owner)) {
		leaveAlone(this, stored.webhookId, 'it was created for another workflow or webhook URL');
		clearStoredWebhook(staticData);
		return false;
	}
	const found = await unlessNotFound(
		fivetranApiRequest.call(this, {
			method: 'GET',
			path: apiPath`/v1/webhooks/${stored.webhookId}`,
		}),
	);
	if (found === undefined) {
		await explainMissingWebhook(this, stored);
		clearStoredWebhook(staticData);
		return false;
	}
	const remote = found.data;
	if (remote.url !== owner.url) {
		leaveAlone(this, stored.webhookId, 'it points at another URL than this workflow');
		clearStoredWebhook(staticData);
		return false;
	}
	if (remote.active === true && sameEvents(remote.events, selectedEvents(this))) return true;
	await deleteRemoteWebhook(this, stored.webhookId);
	clearStoredWebhook(staticData);
	return false;
}

/** Refuses, at activation, a Connection IDs option that no delivery could be filtered by. */
function assertReadableConnectionIds(ctx: IHookFunctions): void {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const parsed = parseConnectionIds(options.connectionIds);
	if ('problem' in parsed) {
		throw new NodeOperationError(ctx.getNode(), `${parsed.problem}, not a list of IDs`, {
			description: CONNECTION_IDS_HINT,
		});
	}
}

/**
 * Creates an account or group webhook signed with a fresh random secret.
 *
 * Fivetran POSTs its creation ping (`test_event`) to the URL before it answers, and n8n saves
 * the static data only after create() returns, so that request always finds no secret: webhook()
 * answers it 200 by name without running (decisions.md, "Trigger"). Writing the secret before
 * the POST would not change that, and would leave a secret without a webhook when the POST
 * fails; so everything is stored together once Fivetran has answered, with the workflow and URL
 * it was created for and, when the key may read it, the account.
 */
export async function createWebhook(this: IHookFunctions): Promise<boolean> {
	assertReadableConnectionIds(this);
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
	storeWebhook(this.getWorkflowStaticData('node'), {
		webhookId: data.id,
		secret,
		workflowId: ownerOf(this).workflowId,
		url,
		accountId: await accountIdOf(this),
	});
	return true;
}

/**
 * Deletes the webhook this trigger created for this workflow and URL (404: already gone) and
 * forgets it. A webhook stored for another workflow or URL (a copy's inherited static data) is
 * only forgotten, never deleted.
 */
export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const stored = readStoredWebhook(staticData);
	if (stored !== undefined) {
		if (createdHere(stored, ownerOf(this))) await deleteRemoteWebhook(this, stored.webhookId);
		else
			this.logger.info(
				`Fivetran Trigger: webhook ${stored.webhookId} was not created by this workflow for its URL; left in place`,
			);
	}
	clearStoredWebhook(staticData);
	forgetDeliveries(triggerScope(this.getWorkflow().id, this.getNode().id));
	return true;
}
