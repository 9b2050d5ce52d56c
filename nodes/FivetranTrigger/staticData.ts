import type { IDataObject } from 'n8n-workflow';

/**
 * What the trigger keeps in `getWorkflowStaticData('node')`: the id of the webhook it created,
 * the signing secret it generated for it, and whom it created it for. Written only by create()
 * (n8n persists static data written during activation), cleared by checkExists() and delete().
 *
 * Static data travels with a workflow when it is copied, exported or imported, so the id alone
 * does not say the webhook is ours: `workflowId` and `url` record the workflow and webhook URL
 * it was created for, and `accountId` the Fivetran account (when the key may read it). Entries
 * written before these were kept lack them.
 */
export interface StoredWebhook {
	webhookId: string;
	secret: string;
	workflowId?: string;
	url?: string;
	accountId?: string;
}

function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readStoredWebhook(staticData: IDataObject): StoredWebhook | undefined {
	const { webhookId, secret } = staticData;
	if (typeof webhookId !== 'string' || typeof secret !== 'string' || secret === '')
		return undefined;
	return {
		webhookId,
		secret,
		workflowId: optionalString(staticData.workflowId),
		url: optionalString(staticData.url),
		accountId: optionalString(staticData.accountId),
	};
}

export function storeWebhook(staticData: IDataObject, stored: StoredWebhook): void {
	clearStoredWebhook(staticData);
	for (const [key, value] of Object.entries(stored)) {
		if (value !== undefined) staticData[key] = value;
	}
}

export function clearStoredWebhook(staticData: IDataObject): void {
	for (const key of ['webhookId', 'secret', 'workflowId', 'url', 'accountId']) {
		delete staticData[key];
	}
}
