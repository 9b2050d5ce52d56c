import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { apiPath } from '../../../../shared/transport';
import { systemKeyIdField } from './fields';
import { readSystemKeyId } from './parameters';
import { systemKeyApiRequest } from './request';

const properties: INodeProperties[] = [systemKeyIdField];

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['systemKey'], operation: ['delete'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const systemKeyId = readSystemKeyId(this, itemIndex);
	const { message, alreadyDeleted } = await systemKeyApiRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/v1/system-keys/${systemKeyId}`,
		itemIndex,
	});
	if (alreadyDeleted) {
		return {
			success: true,
			id: systemKeyId,
			message: `System key with id '${systemKeyId}' was deleted by an earlier attempt of this request`,
			alreadyDeleted: true,
		};
	}
	return { success: true, id: systemKeyId, message: message ?? '' };
}
