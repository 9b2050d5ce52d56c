import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeProperties,
} from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { apiPath } from '../../../../shared/transport';
import { nameDescription, permissionsFields, systemKeyIdField } from './fields';
import { systemKeyOutput } from './output';
import { readName, readPermissions, readPermissionsMode, readSystemKeyId } from './parameters';
import { systemKeyApiRequest } from './request';

const properties: INodeProperties[] = [
	systemKeyIdField,
	{
		displayName: 'New Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. ci_reader',
		description: `Leave empty to keep the current name. ${nameDescription}.`,
	},
	...permissionsFields(true),
];

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['systemKey'], operation: ['update'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const systemKeyId = readSystemKeyId(this, itemIndex);
	const body: IDataObject = {};
	if (String(this.getNodeParameter('name', itemIndex, '') ?? '').trim() !== '') {
		body.name = readName(this, itemIndex);
	}
	if (readPermissionsMode(this, itemIndex) !== 'keep') {
		body.permissions = readPermissions(this, itemIndex);
	}
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'Nothing to update: enter a New Name or set Permissions Input to Builder or JSON',
			{ itemIndex },
		);
	}
	const { data } = await systemKeyApiRequest.call(this, {
		method: 'PATCH',
		path: apiPath`/v1/system-keys/${systemKeyId}`,
		body,
		itemIndex,
	});
	return systemKeyOutput(data);
}
