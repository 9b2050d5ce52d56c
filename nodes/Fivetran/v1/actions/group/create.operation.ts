import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupNameField, groupOperationFields } from './fields';
import { readRequiredText } from '../../helpers/parameters';

export const description = groupOperationFields('create', [
	groupNameField('Name', 'Name of the new group; it must be unique in the account'),
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const name = readRequiredText(this, 'name', 'Name', itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: '/v1/groups',
		body: { name },
		itemIndex,
	});
	return data;
}
