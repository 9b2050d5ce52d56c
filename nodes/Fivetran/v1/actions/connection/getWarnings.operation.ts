import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../helpers/parameters';
import { apiPath } from '../../../../shared/transport';
import { returnAllOrLimit } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';
import { warningsRequest } from './warnings';

export const description = connectionOperationFields('getWarnings', [
	connectionIdField,
	...returnAllOrLimit(),
]);

export const concurrency: ConcurrencyKind = 'read';

/** One output item per warning, with the destination schema and table it belongs to (if any). */
function flatten(group: IDataObject): IDataObject[] {
	const warnings = Array.isArray(group.warnings) ? (group.warnings as IDataObject[]) : [];
	const scope: IDataObject = {};
	if (group.schema !== undefined) scope.schema = group.schema;
	if (group.table !== undefined) scope.table = group.table;
	return warnings.map((warning) => ({ ...scope, ...warning }));
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const { returnAll, limit } = readListLimit(this, itemIndex);
	const path = apiPath`/v1/connections/${connectionId}/warnings`;
	const warnings: IDataObject[] = [];
	const seenCursors = new Set<string>();
	let cursor: string | undefined;
	// The definition declares no query parameters: no `limit`; `cursor` only to follow next_cursor.
	for (;;) {
		const { data } = await warningsRequest(this, {
			method: 'GET',
			path,
			...(cursor !== undefined ? { qs: { cursor } } : {}),
			itemIndex,
		});
		const groups = Array.isArray(data.items) ? (data.items as IDataObject[]) : [];
		warnings.push(...groups.flatMap(flatten));
		const next = typeof data.next_cursor === 'string' ? data.next_cursor : '';
		if ((!returnAll && warnings.length >= limit) || next === '' || seenCursors.has(next)) break;
		seenCursors.add(next);
		cursor = next;
	}
	return returnAll ? warnings : warnings.slice(0, limit);
}
