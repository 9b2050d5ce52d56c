/**
 * Small builders for n8n workflow JSON (as `n8n import:workflow` reads it): a Manual Trigger
 * followed by a chain of nodes, the Fivetran node and trigger as installed from this package.
 */
import type { CredentialImport, WorkflowImport } from './n8nCli';

export const FIVETRAN_NODE_TYPE = 'n8n-nodes-fivetran.fivetran';
export const FIVETRAN_TRIGGER_TYPE = 'n8n-nodes-fivetran.fivetranTrigger';
export const FIVETRAN_POLLING_TRIGGER_TYPE = 'n8n-nodes-fivetran.fivetranPollingTrigger';
export const MANUAL_TRIGGER_NAME = 'When clicking "Execute workflow"';

/** The credential every example and test workflow uses: an API key, secret and base URL. */
export const FIVETRAN_CREDENTIAL_ID = 'fivetranLocal';

export interface FivetranConnectionSettings {
	apiKey: string;
	apiSecret: string;
	baseUrl: string;
}

export function fivetranCredential(
	settings: FivetranConnectionSettings,
	name: string,
): CredentialImport {
	return { id: FIVETRAN_CREDENTIAL_ID, name, type: 'fivetranApi', data: { ...settings } };
}

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	/** Run once with the first input item, whatever the previous node output. */
	executeOnce?: boolean;
	webhookId?: string;
}

export function manualTrigger(): WorkflowNode {
	return {
		id: 'manual-trigger',
		name: MANUAL_TRIGGER_NAME,
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
}

function idFromName(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function packageNode(
	type: string,
	name: string,
	parameters: Record<string, unknown>,
	credentialName: string,
): WorkflowNode {
	return {
		id: idFromName(name),
		name,
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { fivetranApi: { id: FIVETRAN_CREDENTIAL_ID, name: credentialName } },
	};
}

/**
 * A Fivetran node that runs once per execution (`executeOnce`), so a chain of calls does
 * not multiply when a list operation outputs many items.
 */
export function fivetranNode(
	name: string,
	parameters: Record<string, unknown>,
	credentialName: string,
): WorkflowNode {
	return {
		...packageNode(FIVETRAN_NODE_TYPE, name, parameters, credentialName),
		executeOnce: true,
	};
}

/** The Fivetran Trigger; its production URL is `<WEBHOOK_URL>webhook/<webhookId>/webhook`. */
export function fivetranTrigger(
	name: string,
	parameters: Record<string, unknown>,
	credentialName: string,
	webhookId: string,
): WorkflowNode {
	return { ...packageNode(FIVETRAN_TRIGGER_TYPE, name, parameters, credentialName), webhookId };
}

/** The Fivetran Polling Trigger, polling every minute (the shortest interval n8n allows). */
export function fivetranPollingTrigger(
	name: string,
	parameters: Record<string, unknown>,
	credentialName: string,
): WorkflowNode {
	return packageNode(
		FIVETRAN_POLLING_TRIGGER_TYPE,
		name,
		{ pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters },
		credentialName,
	);
}

/** Where n8n serves a published trigger's webhook. */
export function productionWebhookUrl(n8nUrl: string, webhookId: string): string {
	return `${n8nUrl}/webhook/${webhookId}/webhook`;
}

/** A resource locator value "By ID" (an expression when it starts with `=`). */
export function byId(value: string): { __rl: true; mode: 'id'; value: string } {
	return { __rl: true, mode: 'id', value };
}

/** Nodes connected one after the other (main output 0 to main input 0), laid out left to right. */
export function chainWorkflow(id: string, name: string, nodes: WorkflowNode[]): WorkflowImport {
	const connections: Record<string, unknown> = {};
	nodes.forEach((node, index) => {
		node.position = [index * 240, 0];
		const next = nodes[index + 1];
		if (next) connections[node.name] = { main: [[{ node: next.name, type: 'main', index: 0 }]] };
	});
	return { id, name, nodes, connections, settings: { executionOrder: 'v1' }, active: false };
}
