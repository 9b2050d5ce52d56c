/**
 * The two workflows of the queue-mode run: a Webhook node calling the Fivetran node (executions
 * spread over the workers), and a Fivetran Trigger on every sync event of the account.
 */
import type { WorkflowImport } from '../lib/n8nCli';
import {
	chainWorkflow,
	fivetranNode,
	fivetranTrigger,
	type WorkflowNode,
} from '../lib/workflowBuilder';

export const CREDENTIAL_NAME = 'Fivetran (queue-mode emulator)';
export const NODE_WORKFLOW_ID = 'queueFivetranNode';
export const NODE_WEBHOOK_PATH = 'queue-fivetran-node';
export const TRIGGER_WORKFLOW_ID = 'queueFivetranTrigger';
export const TRIGGER_WEBHOOK_ID = '7a1c9e40-2b6d-4f3e-8c5a-9d0e1f2a3b4c';
export const TRIGGER_NODE = 'Fivetran Trigger';

function webhookNode(path: string): WorkflowNode {
	return {
		id: 'incoming-webhook',
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		// Answered on receipt: the webhook processor queues the execution and returns.
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
		webhookId: '3e8f6a21-5c4b-4d7e-9f10-aa11bb22cc33',
	};
}

/** Webhook -> Fivetran "Account: Get Info" (one API call per execution). */
export function nodeWorkflow(): WorkflowImport {
	const getInfo = fivetranNode(
		'Get Account Info',
		{ resource: 'account', operation: 'getInfo' },
		CREDENTIAL_NAME,
	);
	return chainWorkflow(NODE_WORKFLOW_ID, 'Queue: Webhook -> Fivetran', [
		webhookNode(NODE_WEBHOOK_PATH),
		getInfo,
	]);
}

export function triggerWorkflow(): WorkflowImport {
	const trigger = fivetranTrigger(
		TRIGGER_NODE,
		{ scope: 'account', events: ['sync_start', 'sync_end'] },
		CREDENTIAL_NAME,
		TRIGGER_WEBHOOK_ID,
	);
	return chainWorkflow(TRIGGER_WORKFLOW_ID, 'Queue: Fivetran Trigger', [trigger]);
}
