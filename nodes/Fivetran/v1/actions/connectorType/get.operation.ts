import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { readLocatorId } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'Connector Type',
		name: 'service',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The service, e.g. google_sheets or postgres',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchConnectorTypes', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. google_sheets',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connectorType'], operation: ['get'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const service = readLocatorId(this, 'service', 'Connector Type', itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/metadata/connector-types/${service}`,
		itemIndex,
	});
	return data;
}
