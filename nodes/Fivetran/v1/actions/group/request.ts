/** Requests several Group operations share: one group's path, and reading one of its records. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import { readGroupId } from './parameters';

/** `/v1/groups/{groupId}` followed by a fixed sub-path such as `/users`. */
export function groupPath(groupId: string, subPath = ''): string {
	return `${apiPath`/v1/groups/${groupId}`}${subPath}`;
}

/** GETs the Group parameter's record (or one of its sub-records) and returns its data. */
export async function getGroupData(
	ctx: IExecuteFunctions,
	itemIndex: number,
	subPath = '',
): Promise<{ groupId: string; data: IDataObject }> {
	const groupId = readGroupId(ctx, itemIndex);
	const { data } = await fivetranApiRequest.call(ctx, {
		method: 'GET',
		path: groupPath(groupId, subPath),
		itemIndex,
	});
	return { groupId, data };
}
