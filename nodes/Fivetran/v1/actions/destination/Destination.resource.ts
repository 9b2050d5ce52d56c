/**
 * The Destination resource: the warehouse a group loads into. A destination's ID is its group's
 * ID (fivetran-api.md section 5); create the group first (Group > Create).
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as runSetupTests from './runSetupTests.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = {
	create,
	delete: del,
	get,
	getMany,
	runSetupTests,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['destination'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a destination',
				description: 'Create the destination of a group, optionally running its setup tests',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a destination',
				description:
					'Permanently deletes the destination of a group; cannot be undone. Fivetran refuses while the group still has connections.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a destination',
				description: 'Get a destination with its setup status and configuration',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many destinations',
				description: 'List the destinations the API key can see, one item each',
			},
			{
				name: 'Run Setup Tests',
				value: 'runSetupTests',
				action: 'Run the setup tests of a destination',
				description: 'Test the connection to a destination and return the results',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a destination',
				description: "Change a destination's region, time zone or configuration",
			},
		],
		default: 'get',
	},
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...runSetupTests.description,
	...update.description,
];
