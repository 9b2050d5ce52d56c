/**
 * Field builders shared by the Group operations, so each operation file only lists what it needs.
 */
import type { INodeProperties } from 'n8n-workflow';

import { operationFieldsFor } from '../../helpers/operationFields';
import { groupLocator } from '../../../../shared/descriptions';

/** An operation's fields, shown only for resource Group and that operation. */
export const groupOperationFields = operationFieldsFor('group');

/** The group the operation acts on ("From List", "By ID" or "By URL"). */
export const groupIdField: INodeProperties = {
	...groupLocator,
	name: 'groupId',
	required: true,
	description: 'The group (destination) to act on',
};

export function groupNameField(displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. marketing_warehouse',
		description,
	};
}
