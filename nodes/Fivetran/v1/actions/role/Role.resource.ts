/**
 * The Role resource: Fivetran's role catalog (GET /v1/roles), with deprecated roles marked and
 * their replacements named (fivetran-api.md section 5, "Roles").
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as getMany from './getMany.operation';

export const operations: Record<string, OperationModule> = { getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['role'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many roles',
				description:
					'List the roles of the account, each with status "current" or "deprecated" and the role that replaces a deprecated one',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
];
