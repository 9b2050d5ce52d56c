/**
 * Shared helpers of the User workflow tests: run the node's user operations against an
 * emulator, put fixtures straight into the emulator's state, and read what it saw. The
 * emulator fixture, `byId` and `onlyRequest` come from the harness.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { track } from '../../emulator/pagination';
import type { MembershipRecord, UserRecord } from '../../emulator/state';
import { emulatorCredentials, runFivetranNode, type FivetranCredentials } from '../../harness';

export interface RunUserOptions {
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: Partial<FivetranCredentials>;
}

/** Runs one User operation through a real n8n workflow execution. */
export async function runUser(
	emu: Emulator,
	operation: string,
	parameters: INodeParameters = {},
	options: RunUserOptions = {},
) {
	return await runFivetranNode({
		parameters: { resource: 'user', operation, ...parameters },
		credentials: { ...emulatorCredentials(emu), ...options.credentials },
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
	});
}

/** The items' JSON. */
export function jsonOf(items: INodeExecutionData[]): IDataObject[] {
	return items.map((item) => item.json);
}

/** The input item each output item is paired with. */
export function pairedOf(items: INodeExecutionData[]): unknown[] {
	return items.map((item) => item.pairedItem);
}

/** A record as it travels over HTTP (what the node receives). */
export function asSent<T>(record: T): IDataObject {
	return JSON.parse(JSON.stringify(record)) as IDataObject;
}

let fixtureCounter = 0;

/** A user in the emulator's state (not through the API, so the request log stays clean). */
export function addUser(emu: Emulator, overrides: Partial<UserRecord> = {}): UserRecord {
	fixtureCounter += 1;
	const user: UserRecord = {
		id: emu.state.newId(),
		email: `fixture.${fixtureCounter}@example.com`,
		given_name: 'Fixture',
		family_name: `User${fixtureCounter}`,
		verified: true,
		invited: false,
		picture: null,
		phone: null,
		role: 'Account Reviewer',
		active: true,
		logged_in_at: '2025-12-01T00:00:00.000Z',
		created_at: '2025-11-01T00:00:00.000Z',
		user_type: 'REGULAR_USER',
		has_api_key: false,
		...overrides,
	};
	emu.state.users.set(user.id, track(user));
	return user;
}

export type MembershipKind = 'connection' | 'group';

function membershipStore(emu: Emulator, kind: MembershipKind) {
	return kind === 'group' ? emu.state.userGroupMemberships : emu.state.userConnectionMemberships;
}

/** A membership of `userId` on a connection or group, put into the emulator's state. */
export function addMembership(
	emu: Emulator,
	kind: MembershipKind,
	userId: string,
	targetId: string,
	role: string,
): MembershipRecord {
	const store = membershipStore(emu, kind);
	const memberships = store.get(userId) ?? new Map<string, MembershipRecord>();
	store.set(userId, memberships);
	const membership = track({ id: targetId, role, created_at: '2025-12-15T00:00:00.000Z' });
	memberships.set(targetId, membership);
	return membership;
}

export function membershipOf(
	emu: Emulator,
	kind: MembershipKind,
	userId: string,
	targetId: string,
): MembershipRecord | undefined {
	return membershipStore(emu, kind).get(userId)?.get(targetId);
}

/** What the harness's `onlyRequest` returns for a request authenticated with the admin key. */
export function expectedRequest(
	emu: Emulator,
	method: string,
	path: string,
	body?: unknown,
	query: Record<string, string> = {},
) {
	return {
		method,
		path,
		query,
		authorization: `Basic ${emu.apiKey}`,
		body,
		status: expect.any(Number) as number,
	};
}
