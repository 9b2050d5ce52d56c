import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import {
	expirationPeriodField,
	nameDescription,
	permissionsFields,
	secretShownOnceNotice,
} from './fields';
import { systemKeyWithSecretOutput } from './output';
import { readExpirationPeriod, readName, readPermissions } from './parameters';
import { systemKeyApiRequest } from './request';

const properties: INodeProperties[] = [
	secretShownOnceNotice,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ci_reader',
		description: nameDescription,
	},
	expirationPeriodField('How long the key stays valid'),
	...permissionsFields(false),
];

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['systemKey'], operation: ['create'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const body = {
		name: readName(this, itemIndex),
		expiration_period: readExpirationPeriod(this, itemIndex),
		permissions: readPermissions(this, itemIndex),
	};
	// Not idempotent: sending it twice would mint two keys.
	const { data } = await systemKeyApiRequest.call(this, {
		method: 'POST',
		path: '/v1/system-keys',
		body,
		idempotent: false,
		// The secret is in `data`, whatever the status: an answer without it must fail.
		expectData: true,
		itemIndex,
	});
	return systemKeyWithSecretOutput(this, itemIndex, data, 'created');
}
