import type { IDataObject } from 'n8n-workflow';

/**
 * What the trigger keeps in `getWorkflowStaticData('node')`: the id of the webhook it created
 * and the signing secret it generated for it. Written only by create() (n8n persists static
 * data written during activation), cleared by checkExists() and delete().
 */
export interface StoredWebhook {
	webhookId: string;
	secret: string;
}

export function readStoredWebhook(staticData: IDataObject): StoredWebhook | undefined {
	const { webhookId, secret } = staticData;
	if (typeof webhookId !== 'string' || typeof secret !== 'string' || secret === '')
		return undefined;
	return { webhookId, secret };
}

export function storeWebhook(staticData: IDataObject, stored: StoredWebhook): void {
	staticData.webhookId = stored.webhookId;
	staticData.secret = stored.secret;
}

export function clearStoredWebhook(staticData: IDataObject): void {
	delete staticData.webhookId;
	delete staticData.secret;
}
