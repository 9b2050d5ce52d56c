/**
 * The workflows the CLI e2e test runs: each batches several Fivetran node calls after one
 * Manual Trigger (every `n8n execute` costs ~6 s), later nodes reading ids from earlier ones.
 */
import type { WorkflowImport } from '../../scripts/lib/n8n';
import {
	byId,
	chainWorkflow,
	fivetranNode,
	manualTrigger,
} from '../../scripts/lib/workflowBuilder';
import { CREDENTIAL_NAME } from './kit';

/** What the workflows act on, taken from the emulator before they are built. */
export interface CliTargets {
	/** A connected, unpaused connection to sync and wait for. */
	syncConnectionId: string;
	/** Another connection to get and trigger a sync for. */
	connectionId: string;
	/** A source table of `syncConnectionId`, from its schema config. */
	schemaName: string;
	tableName: string;
	/** A group that has a destination. */
	destinationId: string;
	invitedEmail: string;
	systemKeyName: string;
}

const node = (name: string, parameters: Record<string, unknown>) =>
	fivetranNode(name, parameters, CREDENTIAL_NAME);
const firstIdOf = (nodeName: string) => byId(`={{ $('${nodeName}').first().json.id }}`);
const limited = (limit: number) => ({ returnAll: false, limit });

export const WORKFLOW_IDS = {
	accountAndUsers: 'e2eAccountUsers',
	connections: 'e2eConnections',
	systemKeys: 'e2eSystemKeys',
	otherResources: 'e2eOtherResources',
} as const;

export function cliWorkflows(targets: CliTargets): WorkflowImport[] {
	return [
		chainWorkflow(WORKFLOW_IDS.accountAndUsers, 'E2E: account and users', [
			manualTrigger(),
			node('Account info', { resource: 'account', operation: 'getInfo' }),
			node('List users', { resource: 'user', operation: 'getMany', ...limited(3) }),
			node('Get user', { resource: 'user', operation: 'get', userId: firstIdOf('List users') }),
			node('Invite user', {
				resource: 'user',
				operation: 'invite',
				email: targets.invitedEmail,
				givenName: 'Eve',
				familyName: 'Tester',
			}),
		]),
		chainWorkflow(WORKFLOW_IDS.connections, 'E2E: connections', [
			manualTrigger(),
			node('List connections', { resource: 'connection', operation: 'getMany', returnAll: true }),
			node('Get connection', {
				resource: 'connection',
				operation: 'get',
				connectionId: byId(targets.connectionId),
			}),
			node('Sync connection', {
				resource: 'connection',
				operation: 'sync',
				connectionId: byId(targets.connectionId),
			}),
			node('Sync and wait', {
				resource: 'connection',
				operation: 'syncAndWait',
				connectionId: byId(targets.syncConnectionId),
				pollInterval: 0.05,
				timeout: 5,
			}),
			node('Table columns', {
				resource: 'connectionSchema',
				operation: 'getTableColumns',
				connectionId: byId(targets.syncConnectionId),
				schemaName: targets.schemaName,
				tableName: targets.tableName,
			}),
		]),
		chainWorkflow(WORKFLOW_IDS.systemKeys, 'E2E: system keys', [
			manualTrigger(),
			node('Create system key', {
				resource: 'systemKey',
				operation: 'create',
				name: targets.systemKeyName,
				permissionsInput: 'builder',
				permissions: { permission: [{ resourceType: 'CONNECTOR', accessLevel: 'READ' }] },
			}),
			node('Get system key', {
				resource: 'systemKey',
				operation: 'get',
				systemKeyId: firstIdOf('Create system key'),
			}),
			node('List system keys', { resource: 'systemKey', operation: 'getMany', returnAll: true }),
			node('Delete system key', {
				resource: 'systemKey',
				operation: 'delete',
				systemKeyId: firstIdOf('Create system key'),
			}),
		]),
		chainWorkflow(WORKFLOW_IDS.otherResources, 'E2E: groups, destinations and catalog', [
			manualTrigger(),
			node('List groups', { resource: 'group', operation: 'getMany', returnAll: true }),
			node('Get destination', {
				resource: 'destination',
				operation: 'get',
				destinationId: byId(targets.destinationId),
			}),
			node('List teams', { resource: 'team', operation: 'getMany', returnAll: true }),
			node('List roles', { resource: 'role', operation: 'getMany' }),
			node('List connector types', {
				resource: 'connectorType',
				operation: 'getMany',
				...limited(5),
			}),
			// Last: the account has no webhook, and a node that outputs nothing ends the chain.
			node('List webhooks', { resource: 'webhook', operation: 'getMany', returnAll: true }),
		]),
	];
}
