/** Account resource: the operation map the router uses and the node description. */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as getInfo from './getInfo.operation';

export const operations: Record<string, OperationModule> = { getInfo };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get Info',
				value: 'getInfo',
				action: 'Get account info',
				description:
					'Get the account ID and name, and the user or system key the credential belongs to',
			},
		],
		default: 'getInfo',
	},
	...getInfo.description,
];
