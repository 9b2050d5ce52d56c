/**
 * Reading the Connection operations' parameters for one item, with the user-facing
 * validation: every problem becomes a NodeOperationError naming the item, before any request.
 */
import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { connectionSettingsBody, type SettingsMode } from './settings';
import { requireText } from './validation';

/**
 * Runs pure validation (which throws ConnectionInputError) and reports a failure as the
 * item's NodeOperationError, keeping the validation message.
 */
export function validated<T>(context: IExecuteFunctions, itemIndex: number, validate: () => T): T {
	try {
		return validate();
	} catch (error) {
		// The message only: passing the Error itself makes n8n log it as an unexpected failure.
		const message = error instanceof Error ? error.message : String(error);
		throw new NodeOperationError(context.getNode(), message, { itemIndex });
	}
}

/** The ID picked in a resource locator ("From List", "By ID" or "By URL"), trimmed. */
export function locatorId(
	context: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const value = context.getNodeParameter(name, itemIndex, '', { extractValue: true });
	return validated(context, itemIndex, () =>
		requireText(value, `Choose a ${label} from the list or enter its ID`),
	);
}

export function getConnectionId(this: IExecuteFunctions, itemIndex: number): string {
	return locatorId(this, 'connectionId', 'Connection', itemIndex);
}

export function getGroupId(this: IExecuteFunctions, itemIndex: number): string {
	return locatorId(this, 'groupId', 'Group', itemIndex);
}

/** The Create/Update settings collection as a request body (validated). */
export function getSettingsBody(
	this: IExecuteFunctions,
	itemIndex: number,
	mode: SettingsMode,
): IDataObject {
	const collection = mode === 'create' ? 'additionalFields' : 'updateFields';
	const fields = this.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	return validated(this, itemIndex, () => connectionSettingsBody(fields, mode));
}
