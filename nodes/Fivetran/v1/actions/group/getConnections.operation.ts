import type { IExecuteFunctions } from 'n8n-workflow';

import { simplifyConnection } from '../../helpers/simplify';
import { fivetranApiRequestAllItems } from '../../../../shared/transport';
import { returnAllOrLimit } from '../../../../shared/descriptions';
import { simplifyOnField } from '../connection/fields';
import { withoutAuth } from '../connection/results';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField, groupOperationFields } from './fields';
import { readGroupId } from './parameters';
import { groupPath } from './request';
import { readListLimit } from '../../helpers/parameters';

export const description = groupOperationFields('getConnections', [
	{ ...groupIdField, description: 'The group whose connections to list' },
	...returnAllOrLimit(),
	simplifyOnField,
]);

export const concurrency: ConcurrencyKind = 'read';

/** Same records, same Simplify as Connection > Get Many with scope Group. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const groupId = readGroupId(this, itemIndex);
	const pages = readListLimit(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const connections = await fivetranApiRequestAllItems.call(
		this,
		{ path: groupPath(groupId, '/connections'), acceptVersion2: true, itemIndex },
		pages,
	);
	return connections.map((connection) =>
		simplify ? simplifyConnection(connection) : withoutAuth(connection),
	);
}
