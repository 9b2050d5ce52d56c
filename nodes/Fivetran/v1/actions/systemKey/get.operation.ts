import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { apiPath } from '../../../../shared/transport';
import { systemKeyIdField } from './fields';
import { systemKeyOutput } from './output';
import { readSystemKeyId } from './parameters';
import { systemKeyApiRequest } from './request';

const properties: INodeProperties[] = [systemKeyIdField];

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['systemKey'], operation: ['get'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const systemKeyId = readSystemKeyId(this, itemIndex);
	const { data } = await systemKeyApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/system-keys/${systemKeyId}`,
		itemIndex,
	});
	return systemKeyOutput(data);
}
