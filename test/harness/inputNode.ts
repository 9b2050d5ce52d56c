/**
 * A tiny start node that emits the test's input items, so the node under test sees real items
 * and per-item expressions such as `={{$json.id}}` resolve.
 */
import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

export const INPUT_NODE_TYPE = 'test.input';

export function inputNodeType(items: IDataObject[]): INodeType {
	const description: INodeTypeDescription = {
		displayName: 'Test Input',
		name: 'input',
		group: ['input'],
		version: 1,
		description: 'Emits the test input items',
		defaults: { name: 'Input' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};
	return {
		description,
		async execute(): Promise<INodeExecutionData[][]> {
			return [items.map((json) => ({ json }))];
		},
	};
}
