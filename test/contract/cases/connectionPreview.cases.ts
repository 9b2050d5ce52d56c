/**
 * Connections, September 2026 additions: warnings (private preview) and moving a connection to
 * another group, with the job status of a Continue With Data move. Two groups: the connection
 * moves from the first to the second.
 */
import type { Emulator } from '../../emulator';
import { moveJobIds } from '../../emulator/routes/connections/move';
import { addConnectionWarning, WARNINGS_PREVIEW } from '../../emulator/routes/connections/warnings';
import { setPaused } from '../../emulator/sync';
import { nth, type ContractCase } from './types';

export const seed = { groups: 2, connections: 1 };

const connectionId = (emu: Emulator) => nth(emu.state.connections);
const connection = (emu: Emulator) => `/v1/connections/${connectionId(emu)}`;
const targetGroup = (emu: Emulator) => {
	const own = emu.state.connections.get(connectionId(emu))?.group_id;
	const other = [...emu.state.groups.keys()].find((id) => id !== own);
	if (other === undefined) throw new Error('No second group in the seeded state');
	return other;
};

export const cases: ContractCase[] = [
	{
		name: 'warnings of an account not allowlisted: 403',
		method: 'GET',
		path: (emu) => `${connection(emu)}/warnings`,
		status: 403,
	},
	{
		name: 'warnings',
		method: 'GET',
		path: (emu) => `${connection(emu)}/warnings`,
		setup: (emu) => {
			emu.state.previewFeatures.add(WARNINGS_PREVIEW);
			addConnectionWarning(emu.state, connectionId(emu), {
				schema: 'public',
				table: 'orders',
				code: 'resync_table_warning',
				message: 'Table needs a re-sync',
				created_at: '2026-09-01T00:00:00Z',
			});
		},
		status: 200,
	},
	{
		name: 'warnings of an unknown connection: 404',
		method: 'GET',
		path: '/v1/connections/nope/warnings',
		status: 404,
	},
	{
		name: 'dismiss an unknown warning type: 400',
		method: 'DELETE',
		path: (emu) => `${connection(emu)}/warnings/no_such_warning`,
		status: 400,
	},
	{
		name: 'dismiss warnings of a type',
		method: 'DELETE',
		path: (emu) => `${connection(emu)}/warnings/resync_table_warning`,
		status: 200,
	},
	{
		name: 'dismiss on an unknown connection: 404',
		method: 'DELETE',
		path: '/v1/connections/nope/warnings/resync_table_warning',
		status: 404,
	},
	{
		name: 'move a connection that is not paused: 409',
		method: 'POST',
		path: (emu) => `${connection(emu)}/move`,
		body: (emu) => ({ destination_group_id: targetGroup(emu) }),
		setup: (emu) => {
			const record = emu.state.connections.get(connectionId(emu));
			if (record) setPaused(emu.state, record, false, emu.clock.now());
		},
		status: 409,
	},
	{
		name: 'move to an unknown group: 404',
		method: 'POST',
		path: (emu) => `${connection(emu)}/move`,
		body: { destination_group_id: 'nope' },
		status: 404,
	},
	{
		name: 'move with Continue With Data starts a job',
		method: 'POST',
		path: (emu) => `${connection(emu)}/move`,
		body: (emu) => ({
			destination_group_id: targetGroup(emu),
			sync_behavior: 'CONTINUE_WITH_DATA',
		}),
		setup: (emu) => {
			const record = emu.state.connections.get(connectionId(emu));
			if (record) setPaused(emu.state, record, true, emu.clock.now());
		},
		status: 200,
	},
	{
		name: 'move job status',
		method: 'GET',
		path: (emu) => `${connection(emu)}/move/${moveJobIds(emu.state)[0]}`,
		status: 200,
	},
	{
		name: 'move job status of an unknown job: 404',
		method: 'GET',
		path: (emu) => `${connection(emu)}/move/nope`,
		status: 404,
	},
	{
		name: 'move',
		method: 'POST',
		path: (emu) => `${connection(emu)}/move`,
		body: (emu) => ({ destination_group_id: targetGroup(emu), sync_behavior: 'CONTINUE' }),
		status: 200,
	},
];
