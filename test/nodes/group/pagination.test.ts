/**
 * Group lists across several pages (Fivetran's page size is at most 1,000): Get Many, Get Users
 * and Get Connections ask each page for what is still missing, follow next_cursor and stop at
 * Limit. Get Connections asks for the version 2 representation, as Connection > Get Many does.
 */
import type { Emulator } from '../../emulator';
import { simplifyConnection } from '../../../nodes/Fivetran/v1/helpers/simplify';
import { addUser } from '../user/userTestKit';
import { asSent, byId, jsonOf, useEmulator } from './kit';
import { runnerFor } from '../kit';

const runGroup = runnerFor('group');

/** Per request: path, page size asked for, whether a cursor was sent, and the key used. */
function pagesRequested(emu: Emulator) {
	return emu.requestLog.entries.map((entry) => ({
		path: entry.path,
		limit: entry.query.limit,
		withCursor: entry.query.cursor !== undefined,
		authorization: entry.headers.authorization,
	}));
}

function pages(emu: Emulator, path: string, sizes: number[]) {
	return sizes.map((size, index) => ({
		path,
		limit: String(size),
		withCursor: index > 0,
		authorization: `Basic ${emu.apiKey}`,
	}));
}

describe('Get Many over 2,345 groups', () => {
	const TOTAL = 2345;
	let emu: Emulator;
	useEmulator({ groups: TOTAL }, (started) => {
		emu = started;
	});

	it('Return All follows the cursor across three pages, in order', async () => {
		const { items } = await runGroup(emu, 'getMany', { returnAll: true });

		expect(pagesRequested(emu)).toEqual(pages(emu, '/v1/groups', [1000, 1000, 1000]));
		expect(jsonOf(items)).toEqual([...emu.state.groups.values()].map(asSent));
		expect(items).toHaveLength(TOTAL);
	});

	it.each([
		{ limit: 7, sizes: [7], label: 'smaller than a page' },
		{ limit: 1000, sizes: [1000], label: 'equal to a page' },
		{ limit: 1001, sizes: [1000, 1], label: 'one more than a page' },
		{ limit: 2001, sizes: [1000, 1000, 1], label: 'odd, over two pages' },
		{ limit: 2999, sizes: [1000, 1000, 999], label: 'larger than the list' },
	])('Limit $limit ($label) asks only for what is missing', async ({ limit, sizes }) => {
		const { items } = await runGroup(emu, 'getMany', { returnAll: false, limit });

		expect(pagesRequested(emu)).toEqual(pages(emu, '/v1/groups', sizes));
		const groups = [...emu.state.groups.values()].map(asSent);
		expect(jsonOf(items)).toEqual(groups.slice(0, limit));
	});

	it('Get Users follows the cursor over the members of a group', async () => {
		const [group] = emu.state.groups.values();
		const members = Array.from({ length: 1003 }, () => addUser(emu));
		for (const member of members) {
			const membership = { id: group.id, role: 'View Destination', created_at: '2026-01-01' };
			emu.state.userGroupMemberships.set(member.id, new Map([[group.id, membership]]));
		}

		const { items } = await runGroup(emu, 'getUsers', { groupId: byId(group.id), returnAll: true });

		expect(pagesRequested(emu)).toEqual(pages(emu, `/v1/groups/${group.id}/users`, [1000, 1000]));
		expect(jsonOf(items)).toEqual(members.map(asSent));
	});
});

describe('Get Connections over 1,234 connections of one group', () => {
	let emu: Emulator;
	// Without seeded groups, every seeded connection goes into one group.
	useEmulator({ connections: 1234 }, (started) => {
		emu = started;
	});

	function groupId(): string {
		const [group] = emu.state.groups.values();
		return group.id;
	}

	it('Return All reads both pages with the version 2 Accept header, simplified by default', async () => {
		const { items } = await runGroup(emu, 'getConnections', {
			groupId: byId(groupId()),
			returnAll: true,
		});

		const path = `/v1/groups/${groupId()}/connections`;
		expect(pagesRequested(emu)).toEqual(pages(emu, path, [1000, 1000]));
		expect(emu.requestLog.entries.map((entry) => entry.headers.accept)).toEqual([
			'application/json;version=2',
			'application/json;version=2',
		]);
		const ids = [...emu.state.connections.values()].map((connection) => connection.id);
		expect(jsonOf(items).map((connection) => connection.id)).toEqual(ids);
		expect(Object.keys(jsonOf(items)[0]).sort()).toEqual(
			Object.keys(simplifyConnection({})).sort(),
		);
	});

	it('Limit 1001 asks for one more after a full page; Simplify off gives the raw records', async () => {
		const { items } = await runGroup(emu, 'getConnections', {
			groupId: byId(groupId()),
			limit: 1001,
			simplify: false,
		});

		expect(pagesRequested(emu)).toEqual(
			pages(emu, `/v1/groups/${groupId()}/connections`, [1000, 1]),
		);
		expect(items).toHaveLength(1001);
		const [first] = emu.state.connections.values();
		expect(jsonOf(items)[0]).toMatchObject({
			id: first.id,
			group_id: groupId(),
			service: first.service,
			schema: first.schema,
			status: expect.objectContaining({ setup_state: first.status.setup_state }),
		});
		expect(jsonOf(items)[0]).not.toHaveProperty('auth');
	});
});
