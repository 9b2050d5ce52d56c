/**
 * The Connector Type resource: Fivetran's catalog of services (connector-type metadata,
 * fivetran-api.md section 3.7). The same list fills the service picker of Create Connection.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { get, getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['connectorType'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a connector type',
				description:
					'Get one service with the metadata of its config and auth fields (what Create Connection expects)',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many connector types',
				description: 'List the services Fivetran can connect to, with their type and status',
			},
		],
		default: 'getMany',
	},
	...get.description,
	...getMany.description,
];
