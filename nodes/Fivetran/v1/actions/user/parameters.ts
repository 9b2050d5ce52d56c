/**
 * Readers for the parameters several User operations share. Each validates what it reads and
 * throws a NodeOperationError naming the parameter before any request is made.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { readLocatorId } from '../../helpers/parameters';
import { apiPath } from '../../../../shared/transport';
import type { MembershipReaders } from '../shared/membershipOperations';
import type { MembershipType } from './fields';

/** The validated id of the User parameter. */
export function readUserId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readLocatorId(ctx, 'userId', 'User', itemIndex);
}

export interface MembershipList {
	userId: string;
	type: MembershipType;
	/** `/v1/users/{userId}/connections` or `/v1/users/{userId}/groups`. */
	listPath: string;
}

export interface Membership extends MembershipList {
	/** The connection or group id. */
	memberId: string;
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
	const memberId = isGroup
		? readLocatorId(ctx, 'groupId', 'Group', itemIndex)
		: readLocatorId(ctx, 'connectionId', 'Connection', itemIndex);
	const itemPath = isGroup
		? apiPath`/v1/users/${list.userId}/groups/${memberId}`
		: apiPath`/v1/users/${list.userId}/connections/${memberId}`;
	return { ...list, memberId, itemPath };
}

/** The membership operations' view of a user's memberships (Add names the target `id`). */
export const userMemberships: MembershipReaders<Membership> = {
	readList: readMembershipList,
	read: readMembership,
	addBody: (membership, role) => ({ id: membership.memberId, role }),
	owner: (membership) => ({ user_id: membership.userId }),
};
