/** Readers for the Group parameters; each refuses bad input before any request. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { readLocatorId } from '../../helpers/parameters';

export function readGroupId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readLocatorId(ctx, 'groupId', 'Group', itemIndex);
}
