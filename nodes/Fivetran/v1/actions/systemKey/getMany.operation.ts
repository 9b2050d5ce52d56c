import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { systemKeyOutput } from './output';
import { systemKeyApiRequestAllItems } from './request';

const properties: INodeProperties[] = [...returnAllOrLimit()];

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['systemKey'], operation: ['getMany'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
	const keys = await systemKeyApiRequestAllItems.call(
		this,
		{ path: '/v1/system-keys', itemIndex },
		{ returnAll, limit },
	);
	return keys.map(systemKeyOutput);
}
