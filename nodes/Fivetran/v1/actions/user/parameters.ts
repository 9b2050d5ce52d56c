/**
 * Readers for the parameters several User operations share. Each validates what it reads and
 * throws a NodeOperationError naming the parameter before any request is made.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	failValidation,
	requireId,
	requireInteger,
	requireText,
	throwIfInvalid,
} from '../../helpers/validation';
import { apiPath, type FivetranResponse } from '../../transport';
import type { MembershipType } from './fields';
import type { BodyResult } from './userBody';

function readLocator(ctx: IExecuteFunctions, name: string, itemIndex: number): string {
	return String(ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
}

/** The validated id of the User parameter. */
export function readUserId(ctx: IExecuteFunctions, itemIndex: number): string {
	const userId = readLocator(ctx, 'userId', itemIndex);
	throwIfInvalid(ctx.getNode(), itemIndex, requireId(userId, 'User'));
	return userId;
}

/** A required role parameter (memberships), trimmed. */
export function readRole(ctx: IExecuteFunctions, itemIndex: number): string {
	const role = String(ctx.getNodeParameter('role', itemIndex, '') ?? '').trim();
	throwIfInvalid(ctx.getNode(), itemIndex, requireText(role, 'Role'));
	return role;
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

export interface MembershipList {
	userId: string;
	type: MembershipType;
	/** `/v1/users/{userId}/connections` or `/v1/users/{userId}/groups`. */
	listPath: string;
}

export interface Membership extends MembershipList {
	/** The connection or group id. */
	targetId: string;
	/** `/v1/users/{userId}/connections/{connectionId}` or `.../groups/{groupId}`. */
	itemPath: string;
}

/** User + Membership Type: the memberships collection of one user. */
export function readMembershipList(ctx: IExecuteFunctions, itemIndex: number): MembershipList {
	const userId = readUserId(ctx, itemIndex);
	const type = ctx.getNodeParameter('membershipType', itemIndex) as MembershipType;
	const listPath =
		type === 'group'
			? apiPath`/v1/users/${userId}/groups`
			: apiPath`/v1/users/${userId}/connections`;
	return { userId, type, listPath };
}

/** User + Membership Type + the connection or group: one membership. */
export function readMembership(ctx: IExecuteFunctions, itemIndex: number): Membership {
	const list = readMembershipList(ctx, itemIndex);
	const isGroup = list.type === 'group';
	const targetId = readLocator(ctx, isGroup ? 'groupId' : 'connectionId', itemIndex);
	throwIfInvalid(ctx.getNode(), itemIndex, requireId(targetId, isGroup ? 'Group' : 'Connection'));
	const itemPath = isGroup
		? apiPath`/v1/users/${list.userId}/groups/${targetId}`
		: apiPath`/v1/users/${list.userId}/connections/${targetId}`;
	return { ...list, targetId, itemPath };
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
