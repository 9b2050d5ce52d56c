/**
 * Readers for the Group parameters, plus the resource-locator reader the Destination and
 * Webhook operations share. Each validates what it reads and throws a NodeOperationError naming
 * the parameter (with the item index) before any request is made.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { requireId, requireText, throwIfInvalid } from '../../helpers/validation';

/** The id picked in a resource locator, trimmed; `label` is the field's display name. */
export function readLocatorId(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const id = String(ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	throwIfInvalid(ctx.getNode(), itemIndex, requireId(id, label));
	return id;
}

export function readGroupId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readLocatorId(ctx, 'groupId', 'Group', itemIndex);
}

/** A required text parameter, trimmed; `label` is its display name. */
export function readRequiredText(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	throwIfInvalid(ctx.getNode(), itemIndex, requireText(value, label));
	return value;
}
