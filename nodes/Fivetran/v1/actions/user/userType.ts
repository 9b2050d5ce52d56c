/**
 * Fivetran's user types (September 2026 definition, `user_type`): a person (REGULAR_USER) or a
 * non-human identity for API access (SERVICE_ACCOUNT). User › Get Many and User API Key › Get
 * Many filter by it with the same field.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { throwIfInvalid } from '../../helpers/validation';

export const USER_TYPES: readonly string[] = ['REGULAR_USER', 'SERVICE_ACCOUNT'];

/** The "User Type" filter of a list ("All" sends no `user_type`). */
export function userTypeFilterField(description: string): INodeProperties {
	return {
		displayName: 'User Type',
		name: 'userType',
		type: 'options',
		options: [
			{ name: 'All', value: 'all' },
			{ name: 'Regular Users Only', value: 'REGULAR_USER' },
			{ name: 'Service Accounts Only', value: 'SERVICE_ACCOUNT' },
		],
		default: 'all',
		description,
	};
}

/** `{ user_type }` for the chosen type, `{}` for All; an unknown value (expression) is refused. */
export function readUserTypeFilter(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const userType = String(ctx.getNodeParameter('userType', itemIndex, 'all'));
	throwIfInvalid(
		ctx.getNode(),
		itemIndex,
		userType === 'all' || USER_TYPES.includes(userType)
			? undefined
			: `'User Type' must be All, REGULAR_USER or SERVICE_ACCOUNT`,
	);
	return userType === 'all' ? {} : { user_type: userType };
}
