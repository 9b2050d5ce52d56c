/**
 * A list page without records that still carries a next_cursor (issue 16, item 13): the node
 * stops there instead of following cursors that lead nowhere.
 */
import type { Emulator } from '../../emulator';
import { useEmulator } from '../../harness';
import { runResource } from '../kit';

let emu: Emulator;
useEmulator({ users: 3 }, (started) => {
	emu = started;
});
afterEach(() => emu.faults.clear());

describe('an empty page with a cursor', () => {
	it('ends Get Many (Return All) after that page, with no error', async () => {
		// Five empty pages, each with a new cursor; a client that follows them ends on a cursor the
		// emulator does not know (400).
		emu.faults.add({ kind: 'emptyPage', method: 'GET', path: '/v1/users', times: 5 });

		const result = await runResource(emu, 'user', 'getMany', { returnAll: true });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(0);
		expect(emu.requestLog.entries.map((entry) => entry.path)).toEqual(['/v1/users']);
	});
});
