/**
 * Parameter readers and output builders shared by the operations of every resource. Each reader
 * validates what it reads and throws a NodeOperationError naming the parameter (with the item
 * index) before any request is made.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FivetranResponse } from '../../../shared/transport';
import {
	failValidation,
	requireId,
	requireInteger,
	requireText,
	throwIfInvalid,
} from './validation';

/** A request body built from the node's parameters, or the problems that prevent it. */
export type BodyResult = { body: IDataObject; problems?: undefined } | { problems: string[] };

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

/** A required role parameter (memberships), trimmed. */
export function readRole(ctx: IExecuteFunctions, itemIndex: number): string {
	return readRequiredText(ctx, 'role', 'Role', itemIndex);
}

export interface ListLimit {
	returnAll: boolean;
	limit: number;
}

/** Return All / Limit; Limit is validated since an expression can set it to anything. */
export function readListLimit(ctx: IExecuteFunctions, itemIndex: number): ListLimit {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return { returnAll, limit: 0 };
	const limit = ctx.getNodeParameter('limit', itemIndex, 50) as number;
	throwIfInvalid(ctx.getNode(), itemIndex, requireInteger(limit, 'Limit'));
	return { returnAll, limit: Number(limit) };
}

/** An optional collection parameter (Additional Fields, Update Fields, ...). */
export function readCollection(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
): IDataObject {
	return (ctx.getNodeParameter(name, itemIndex, {}) ?? {}) as IDataObject;
}

/** The body of a built request, or a NodeOperationError listing its problems. */
export function bodyOrThrow(
	ctx: IExecuteFunctions,
	itemIndex: number,
	result: BodyResult,
): IDataObject {
	if (result.problems) failValidation(ctx.getNode(), itemIndex, result.problems);
	return result.body;
}

export const NOTHING_TO_UPDATE = 'Nothing to update: add at least one field under Update Fields';

/** The body `build` makes from Update Fields; refuses its problems and an empty body. */
export function readUpdateBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	build: (updateFields: IDataObject) => BodyResult,
): IDataObject {
	const body = bodyOrThrow(ctx, itemIndex, build(readCollection(ctx, 'updateFields', itemIndex)));
	if (Object.keys(body).length === 0) failValidation(ctx.getNode(), itemIndex, [NOTHING_TO_UPDATE]);
	return body;
}

/**
 * Output of deletes and actions: `{ success: true, id, message }` after the API's data and any
 * `extra` fields. A DELETE that the transport reports as already done (retried after an
 * ambiguous failure, then 404) says so with `alreadyDeleted: true`.
 */
export function actionResult(
	id: string,
	response: FivetranResponse,
	extra: IDataObject = {},
): IDataObject {
	const result: IDataObject = {
		...response.data,
		...extra,
		success: true,
		id,
		message: response.message ?? '',
	};
	if (response.alreadyDeleted) {
		result.alreadyDeleted = true;
		result.message = `'${id}' was already gone: an earlier attempt of this request most likely removed it`;
	}
	return result;
}
