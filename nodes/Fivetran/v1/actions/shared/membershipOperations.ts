/**
 * Get / Add / Update / Remove Membership and Get Memberships behave alike for users (their
 * connections and groups) and teams (their users, connections and groups): only where the
 * membership is and how Add names the member differ. Each resource passes its readers; each
 * operation file stays the router's module (description, concurrency, execute).
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { actionResult, readRole } from '../../helpers/parameters';
import { fivetranApiRequest, type FivetranResponse } from '../../../../shared/transport';
import { listOperation, type OperationBehaviour } from './listOperation';

/** One membership, read (and validated) from the node's parameters. */
export interface MembershipRef {
	/** The collection the membership belongs to, e.g. `/v1/teams/{teamId}/users`. */
	listPath: string;
	/** The membership itself, e.g. `/v1/teams/{teamId}/users/{userId}`. */
	itemPath: string;
	/** The user, connection or group id. */
	memberId: string;
}

export interface MembershipReaders<T extends MembershipRef> {
	readList(ctx: IExecuteFunctions, itemIndex: number): { listPath: string };
	read(ctx: IExecuteFunctions, itemIndex: number): T;
	/** The body of Add Membership (Fivetran names the member `id` or `user_id`). */
	addBody(membership: T, role: string): IDataObject;
	/** Whose membership it is, as output fields: `{ user_id }` or `{ team_id }`. */
	owner(membership: T): IDataObject;
}

export function getMembershipsOperation<T extends MembershipRef>(
	readers: MembershipReaders<T>,
): OperationBehaviour {
	return listOperation((ctx, itemIndex) => readers.readList(ctx, itemIndex).listPath);
}

/** The one request of a membership operation. */
async function send(
	ctx: IExecuteFunctions,
	itemIndex: number,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject,
	expectData?: boolean,
): Promise<FivetranResponse> {
	return await fivetranApiRequest.call(ctx, {
		method,
		path,
		...(body && { body }),
		...(expectData !== undefined && { expectData }),
		itemIndex,
	});
}

export function getMembershipOperation<T extends MembershipRef>(
	readers: MembershipReaders<T>,
): OperationBehaviour {
	return {
		concurrency: 'read',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const { itemPath } = readers.read(this, itemIndex);
			return (await send(this, itemIndex, 'GET', itemPath)).data;
		},
	};
}

export function addMembershipOperation<T extends MembershipRef>(
	readers: MembershipReaders<T>,
): OperationBehaviour {
	return {
		concurrency: 'write',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const membership = readers.read(this, itemIndex);
			const body = readers.addBody(membership, readRole(this, itemIndex));
			return (await send(this, itemIndex, 'POST', membership.listPath, body)).data;
		},
	};
}

export function updateMembershipOperation<T extends MembershipRef>(
	readers: MembershipReaders<T>,
): OperationBehaviour {
	return {
		concurrency: 'write',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const membership = readers.read(this, itemIndex);
			const role = readRole(this, itemIndex);
			// The definition documents the membership as `data` for four of the five updates and a
			// message only for a user's group membership; Fivetran's Go SDK reads all five as
			// `{code, message}` (teams/team_*_membership_update_test.go,
			// users/user_*_membership_update_test.go). Either answer means the role was set, so
			// the item always says what was changed, plus what Fivetran sent back.
			const response = await send(this, itemIndex, 'PATCH', membership.itemPath, { role }, false);
			return actionResult(membership.memberId, response, { ...readers.owner(membership), role });
		},
	};
}

export function removeMembershipOperation<T extends MembershipRef>(
	readers: MembershipReaders<T>,
): OperationBehaviour {
	return {
		concurrency: 'write',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const { itemPath, memberId } = readers.read(this, itemIndex);
			return actionResult(memberId, await send(this, itemIndex, 'DELETE', itemPath));
		},
	};
}
