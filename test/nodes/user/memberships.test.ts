/**
 * Workflow tests of the membership operations, for both Membership Types: the path goes to
 * /v1/users/{id}/connections[/{connectionId}] or /v1/users/{id}/groups[/{groupId}].
 */
import type { Emulator } from '../../emulator';
import { byId, onlyRequest, useEmulator } from '../../harness';
import {
	addMembership,
	addUser,
	asSent,
	expectedRequest,
	jsonOf,
	membershipOf,
	pairedOf,
	runUser,
	type MembershipKind,
} from './userTestKit';

let emu: Emulator;

useEmulator({ users: 0, groups: 2, connections: 3 }, (started) => {
	emu = started;
});

interface KindCase {
	kind: MembershipKind;
	segment: string;
	locator: string;
	role: string;
	otherRole: string;
	targets: () => string[];
}

/** How Fivetran answers a membership role update: as its definition says, or message only. */
const ANSWERS = [
	{ answer: 'answer as the definition documents', messageOnly: false },
	{ answer: 'message only, as the Go SDK records', messageOnly: true },
];

const KINDS: KindCase[] = [
	{
		kind: 'connection',
		segment: 'connections',
		locator: 'connectionId',
		role: 'Manage Connection',
		otherRole: 'View Connection',
		targets: () => Array.from(emu.state.connections.keys()),
	},
	{
		kind: 'group',
		segment: 'groups',
		locator: 'groupId',
		role: 'Manage Destination',
		otherRole: 'View Destination',
		targets: () => Array.from(emu.state.groups.keys()),
	},
];

describe.each(KINDS)(
	'$kind memberships',
	({ kind, segment, locator, role, otherRole, targets }) => {
		function target(index = 0): string {
			const ids = targets();
			expect(ids.length).toBeGreaterThan(index);
			return ids[index];
		}

		it('List Memberships returns the memberships, limited', async () => {
			const user = addUser(emu);
			const first = addMembership(emu, kind, user.id, target(0), role);
			const second = addMembership(emu, kind, user.id, target(1), otherRole);

			const all = await runUser(emu, 'getMemberships', {
				userId: byId(user.id),
				membershipType: kind,
				returnAll: true,
			});
			expect(onlyRequest(emu)).toEqual(
				expectedRequest(emu, 'GET', `/v1/users/${user.id}/${segment}`, undefined, {
					limit: '1000',
				}),
			);
			expect(jsonOf(all.items)).toEqual([asSent(first), asSent(second)]);
			expect(pairedOf(all.items)).toEqual([{ item: 0 }, { item: 0 }]);

			emu.requestLog.clear();
			const limited = await runUser(emu, 'getMemberships', {
				userId: byId(user.id),
				membershipType: kind,
				returnAll: false,
				limit: 1,
			});
			expect(onlyRequest(emu).query).toEqual({ limit: '1' });
			expect(jsonOf(limited.items)).toEqual([asSent(first)]);
		});

		it('Add Membership posts the target id and role and returns the membership', async () => {
			const user = addUser(emu);
			const targetId = target();

			const { items, error } = await runUser(emu, 'addMembership', {
				userId: byId(user.id),
				membershipType: kind,
				[locator]: byId(targetId),
				role,
			});

			expect(error).toBeUndefined();
			expect(onlyRequest(emu)).toEqual(
				expectedRequest(emu, 'POST', `/v1/users/${user.id}/${segment}`, { id: targetId, role }),
			);
			expect(jsonOf(items)).toEqual([asSent(membershipOf(emu, kind, user.id, targetId))]);
			expect(items[0].json).toMatchObject({ id: targetId, role });
			expect(pairedOf(items)).toEqual([{ item: 0 }]);
		});

		it('Get Membership gets one membership', async () => {
			const user = addUser(emu);
			const targetId = target();
			const membership = addMembership(emu, kind, user.id, targetId, role);

			const { items } = await runUser(emu, 'getMembership', {
				userId: byId(user.id),
				membershipType: kind,
				[locator]: byId(targetId),
			});

			expect(onlyRequest(emu)).toEqual(
				expectedRequest(emu, 'GET', `/v1/users/${user.id}/${segment}/${targetId}`),
			);
			expect(jsonOf(items)).toEqual([asSent(membership)]);
		});

		// Issue 15, defect 6: the definition documents the membership as `data` for connections and
		// a message only for groups; Fivetran's Go SDK records a message only for both. Either way the
		// role was set: one success item saying what changed.
		it.each(ANSWERS)(
			'Update Membership Role patches the role and outputs a success item ($answer)',
			async ({ messageOnly }) => {
				const user = addUser(emu);
				const targetId = target();
				addMembership(emu, kind, user.id, targetId, role);
				if (messageOnly) emu.faults.add({ method: 'PATCH', kind: 'noData', when: 'after' });

				const { items, error } = await runUser(emu, 'updateMembership', {
					userId: byId(user.id),
					membershipType: kind,
					[locator]: byId(targetId),
					role: otherRole,
				});

				expect(error).toBeUndefined();
				expect(onlyRequest(emu)).toEqual(
					expectedRequest(emu, 'PATCH', `/v1/users/${user.id}/${segment}/${targetId}`, {
						role: otherRole,
					}),
				);
				const updated = membershipOf(emu, kind, user.id, targetId);
				expect(updated?.role).toBe(otherRole);
				const answeredData = kind === 'connection' && !messageOnly;
				expect(jsonOf(items)).toEqual([
					{
						...(answeredData && { created_at: updated?.created_at }),
						success: true,
						user_id: user.id,
						id: targetId,
						role: otherRole,
						message: `${kind === 'group' ? 'Group' : 'Connection'} membership has been updated`,
					},
				]);
				expect(pairedOf(items)).toEqual([{ item: 0 }]);
			},
		);

		it('Remove Membership deletes it and says so', async () => {
			const user = addUser(emu);
			const targetId = target();
			addMembership(emu, kind, user.id, targetId, role);

			const { items } = await runUser(emu, 'removeMembership', {
				userId: byId(user.id),
				membershipType: kind,
				[locator]: byId(targetId),
			});

			expect(onlyRequest(emu)).toEqual(
				expectedRequest(emu, 'DELETE', `/v1/users/${user.id}/${segment}/${targetId}`),
			);
			const noun = kind === 'connection' ? 'Connection' : 'Group';
			expect(jsonOf(items)).toEqual([
				{ success: true, id: targetId, message: `${noun} membership has been deleted` },
			]);
			expect(membershipOf(emu, kind, user.id, targetId)).toBeUndefined();
		});
	},
);
