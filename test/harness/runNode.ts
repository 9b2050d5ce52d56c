/**
 * Runs one node type through n8n-core's WorkflowExecute, in process, fed by a start node that
 * emits the input items: the same parameter resolution, credential authentication, pairing and
 * error handling a real n8n applies (n8n-conventions.md section 5.4).
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IVersionedNodeType,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { watchNodeRequests } from './contractCheck';
import { TestCredentialsHelper } from './credentialsHelper';
import { captureErrorReports } from './errorReports';
import { INPUT_NODE_TYPE, inputNodeType } from './inputNode';
import { isProbeNode } from './probe';

export interface RunNodeOptions {
	/** The node type under test and the type name used in the workflow. */
	nodeType: INodeType | IVersionedNodeType;
	typeName: string;
	typeVersion?: number;
	parameters: INodeParameters;
	/** Credential type -> decrypted values. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: Record<string, ICredentialType>;
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
	nodeName?: string;
}

export interface RunNodeResult {
	items: INodeExecutionData[];
	error?: Error & { description?: string | null; httpCode?: string | null; context?: IDataObject };
	/** What n8n's ErrorReporter would have logged during the run (kept, not printed). */
	logged: unknown[];
}

const LOCAL_URL = 'http://127.0.0.1:5678/';

function nodeTypesOf(map: Record<string, INodeType | IVersionedNodeType>): INodeTypes {
	return {
		getByName: (type) => map[type],
		getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(map[type], version),
		getKnownTypes: () => ({}),
	};
}

export function additionalDataFor(
	workflowData: IWorkflowBase,
	credentialsHelper: TestCredentialsHelper,
): IWorkflowExecuteAdditionalData {
	const executionId = String(Math.floor(Math.random() * 1e9));
	return {
		hooks: new ExecutionLifecycleHooks('manual', executionId, workflowData),
		executionId,
		currentNodeExecutionIndex: 0,
		variables: {},
		credentialsHelper,
		executeWorkflow: async () => {
			throw new Error('executeWorkflow is not available in test runs');
		},
		logAiEvent: () => {},
		// getNodeParameter builds URLs from these; empty strings make it throw "Invalid URL".
		restApiUrl: LOCAL_URL,
		instanceBaseUrl: LOCAL_URL,
		webhookBaseUrl: LOCAL_URL,
		webhookWaitingBaseUrl: LOCAL_URL,
		webhookTestBaseUrl: LOCAL_URL,
		formBaseUrl: LOCAL_URL,
		formWaitingBaseUrl: LOCAL_URL,
		formTestBaseUrl: LOCAL_URL,
		mcpBaseUrl: LOCAL_URL,
		mcpTestBaseUrl: LOCAL_URL,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const nodeName = options.nodeName ?? 'Node';
	const credentialsOfNode = Object.fromEntries(
		Object.keys(options.credentials ?? {}).map((type) => [
			type,
			{ id: `${type}-id`, name: `${type} test` },
		]),
	);
	const nodes: INode[] = [
		{
			id: 'input',
			name: 'Input',
			type: INPUT_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'under-test',
			name: nodeName,
			type: options.typeName,
			typeVersion: options.typeVersion ?? 1,
			position: [200, 0],
			parameters: options.parameters,
			credentials: credentialsOfNode,
			continueOnFail: options.continueOnFail ?? false,
		},
	];
	const connections = { Input: { main: [[{ node: nodeName, type: 'main' as const, index: 0 }]] } };
	const nodeTypes = nodeTypesOf({
		[INPUT_NODE_TYPE]: inputNodeType(options.inputItems ?? [{}]),
		[options.typeName]: options.nodeType,
	});
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test',
		nodes,
		connections,
		active: false,
		nodeTypes,
		settings: {},
	});
	const workflowData = {
		id: 'test-workflow',
		name: 'Test',
		nodes,
		connections,
		active: false,
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase;
	const credentialsHelper = new TestCredentialsHelper(
		options.credentialTypes ?? {},
		options.credentials ?? {},
	);
	const additionalData = additionalDataFor(workflowData, credentialsHelper);

	const errorReports = captureErrorReports();
	// Contract tests, node side: what the node sends must conform to Fivetran's definition.
	const requests = isProbeNode(options.nodeType) ? undefined : watchNodeRequests();
	const run = await new WorkflowExecute(additionalData, 'manual')
		.run({ workflow, startNode: workflow.getNode('Input') ?? undefined })
		.finally(() => errorReports.stop());
	const items = run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [];
	requests?.check();
	return {
		items,
		error: run.data.resultData.error as RunNodeResult['error'],
		logged: errorReports.reports,
	};
}
