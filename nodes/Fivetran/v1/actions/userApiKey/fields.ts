/**
 * Field builders shared by the User API Key operations, so each operation spells a field the
 * same way. The day ranges are those of Fivetran's September 2026 definition
 * (users/create_user_api_key.json, rotate_user_api_key.json).
 */
import type { INodeProperties } from 'n8n-workflow';

import { operationFieldsFor } from '../../helpers/operationFields';
import { userLocator } from '../../../../shared/descriptions';

export const MAX_EXPIRATION_DAYS = 365;
export const MAX_OVERLAP_DAYS = 30;

/** An operation's fields, shown only for resource User API Key and that operation. */
export const userApiKeyOperationFields = operationFieldsFor('userApiKey');

/** The user whose key the operation acts on ("From List" or "By ID"). */
export const keyOwnerField: INodeProperties = {
	...userLocator,
	name: 'userId',
	required: true,
	description: 'The user whose API key to act on, usually a service account',
};

export function expirationDaysField(description: string): INodeProperties {
	return {
		displayName: 'Expiration (Days)',
		name: 'expirationDays',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_EXPIRATION_DAYS, numberPrecision: 0 },
		default: 90,
		description: `${description}: 1 to ${MAX_EXPIRATION_DAYS} days (Fivetran's default is 90)`,
	};
}

export const overlapDaysField: INodeProperties = {
	displayName: 'Overlap (Days)',
	name: 'overlapDays',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: MAX_OVERLAP_DAYS, numberPrecision: 0 },
	default: 0,
	description: `How long the old secret stays valid next to the new one, 0 to ${MAX_OVERLAP_DAYS} days: both work during the overlap, so clients can switch without downtime. 0 stops the old secret at once.`,
};
