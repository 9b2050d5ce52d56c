/**
 * Test-only operations registered as resource "probe" in the node's resource registry, so tests
 * can drive the router and the transport through real n8n-core with any request or behaviour:
 *   probe/request: sends the request described by the input item's JSON
 *                  ({ method, path, body?, qs?, idempotent?, acceptVersion2? }) and returns the response.
 *   probe/script:  runs the function registered with setProbeScript for each item.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeProperties,
	INodeTypeBaseDescription,
} from 'n8n-workflow';

import type {
	ConcurrencyKind,
	OperationModule,
	OperationResult,
} from '../../nodes/Fivetran/v1/actions/node.type';
import { resources } from '../../nodes/Fivetran/v1/actions/resources';
import { fivetranApiRequest } from '../../nodes/shared/transport';
import { FivetranV1 } from '../../nodes/Fivetran/v1/FivetranV1';

export type ProbeScript = (this: IExecuteFunctions, itemIndex: number) => Promise<OperationResult>;

let script: ProbeScript = async () => ({});
let scriptConcurrency: ConcurrencyKind = 'read';

export function setProbeScript(next: ProbeScript, concurrency: ConcurrencyKind = 'read'): void {
	script = next;
	scriptConcurrency = concurrency;
	registry.script.concurrency = concurrency;
}

const requestOperation: OperationModule = {
	description: [],
	concurrency: 'read',
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const json = this.getInputData()[itemIndex].json;
		const response = await fivetranApiRequest.call(this, {
			method: json.method as IHttpRequestMethods,
			path: json.path as string,
			body: json.body as IDataObject | undefined,
			qs: json.qs as IDataObject | undefined,
			idempotent: json.idempotent as boolean | undefined,
			acceptVersion2: json.acceptVersion2 as boolean | undefined,
			itemIndex,
		});
		return { ...response };
	},
};

const registry = {
	request: requestOperation,
	script: {
		description: [],
		concurrency: scriptConcurrency,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			return await script.call(this, itemIndex);
		},
	} as OperationModule,
};

/** The resource and operation parameters n8n needs to keep `probe` values (it drops unknown ones). */
function withProbeParameters(properties: INodeProperties[]): INodeProperties[] {
	const withResource = properties.map((property) =>
		property.name === 'resource'
			? { ...property, options: [...(property.options ?? []), { name: 'Probe', value: 'probe' }] }
			: property,
	);
	const operation: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['probe'] } },
		options: [
			{ name: 'Request', value: 'request' },
			{ name: 'Script', value: 'script' },
		],
		default: 'request',
	};
	return [...withResource, operation];
}

/** Node types made by probeNodeType: their requests are made up on purpose (no contract check). */
const probeNodes = new WeakSet<object>();

export function isProbeNode(nodeType: object): boolean {
	return probeNodes.has(nodeType);
}

/**
 * The Fivetran node v1 plus the probe resource; registers the probe operations in the
 * node's resource registry. Pass it as `nodeType` to runFivetranNode.
 */
export function probeNodeType(): FivetranV1 {
	resources.probe = registry;
	const base: INodeTypeBaseDescription = {
		displayName: 'Fivetran',
		name: 'fivetran',
		group: ['transform'],
		description: '',
	};
	const node = new FivetranV1(base);
	node.description = {
		...node.description,
		properties: withProbeParameters(node.description.properties),
	};
	probeNodes.add(node);
	return node;
}
