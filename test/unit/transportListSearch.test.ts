/** Resource-locator searches and load-options methods against the emulator (via the transport). */
import * as listSearch from '../../nodes/shared/listSearch';
import * as loadOptions from '../../nodes/Fivetran/v1/methods/loadOptions';
import { startEmulator, type Emulator } from '../emulator';
import { emulatorCredentials, methodContext } from '../harness';

describe('listSearch and loadOptions', () => {
	let emu: Emulator;
	const context = () => methodContext(emulatorCredentials(emu));

	beforeAll(async () => {
		emu = await startEmulator({ seed: { users: 3, groups: 150, connections: 4, systemKeys: 2 } });
	});
	afterAll(async () => {
		await emu.close();
	});

	it("searchGroups pages with Fivetran's cursor and links to the dashboard", async () => {
		const first = await listSearch.searchGroups.call(context());
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toEqual(expect.any(String));
		expect(first.results[0]).toEqual({
			name: 'group_1',
			value: expect.any(String),
			url: `https://fivetran.com/dashboard/destinations/${String(first.results[0].value)}`,
		});

		const second = await listSearch.searchGroups.call(context(), undefined, first.paginationToken);
		expect(second.results).toHaveLength(50);
		expect(second.paginationToken).toBeUndefined();
		expect(second.results[0].name).toBe('group_101');
	});

	it('filters client-side by the search string', async () => {
		const found = await listSearch.searchGroups.call(context(), 'GROUP_14');
		expect(found.results.map((result) => result.name)).toEqual([
			'group_14',
			'group_140',
			'group_141',
			'group_142',
			'group_143',
			'group_144',
			'group_145',
			'group_146',
			'group_147',
			'group_148',
			'group_149',
		]);
	});

	it('searchConnections labels "schema (service) · group"', async () => {
		const { results } = await listSearch.searchConnections.call(context());
		const [connection] = [...emu.state.connections.values()];
		const group = emu.state.groups.get(connection.group_id);
		expect(results).toHaveLength(4);
		expect(results[0]).toEqual({
			name: `${connection.schema} (${connection.service}) · ${group?.name ?? connection.group_id}`,
			value: connection.id,
			url: `https://fivetran.com/dashboard/connections/${connection.id}/status`,
		});
	});

	it('searchUsers shows "name <email>" and searchSystemKeys the key name', async () => {
		const users = await listSearch.searchUsers.call(context());
		const admin = emu.state.users.get(emu.adminUserId);
		expect(users.results).toHaveLength(4);
		expect(users.results).toContainEqual({
			name: `${admin?.given_name} ${admin?.family_name} <${admin?.email}>`,
			value: emu.adminUserId,
		});

		const keys = await listSearch.searchSystemKeys.call(context());
		expect(keys.results.map((key) => key.name)).toEqual(['seeded_key_1', 'seeded_key_2']);
	});

	it('getGroups lists every group by name (all pages)', async () => {
		const groups = await loadOptions.getGroups.call(context());
		expect(groups).toHaveLength(150);
		expect(groups[0]).toEqual({ name: 'group_1', value: expect.any(String) });
	});

	it('role pickers put current roles first and label deprecated ones with their replacement', async () => {
		// No Membership Type in this context: every role of the account.
		const roles = await loadOptions.getMembershipRoles.call(context());
		const catalog = [...emu.state.roles.values()];
		expect(roles).toHaveLength(catalog.length);
		const firstDeprecated = roles.findIndex((role) => role.name.includes('(deprecated'));
		expect(firstDeprecated).toBeGreaterThan(0);
		expect(roles.slice(firstDeprecated).every((role) => role.name.includes('(deprecated'))).toBe(
			true,
		);
		expect(roles).toContainEqual(
			expect.objectContaining({
				name: 'Connector Administrator (deprecated, use Manage Connection)',
				value: 'Connector Administrator',
			}),
		);
	});

	it('getConnectorTypes offers services by name', async () => {
		const types = await loadOptions.getConnectorTypes.call(context());
		const catalog = [...emu.state.connectorTypes.values()];
		expect(catalog.length).toBeGreaterThan(0);
		expect(types).toHaveLength(catalog.length);
		expect(types.map((type) => type.value)).toEqual(
			expect.arrayContaining(catalog.map((type) => type.id)),
		);
	});
});
