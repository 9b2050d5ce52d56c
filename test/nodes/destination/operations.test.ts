/**
 * Workflow tests of every Destination operation: the request the emulator saw (method, path,
 * body, the admin key, the version 2 Accept header) and the items out (values and pairing).
 */
import type { Emulator } from '../../emulator';
import {
	addDestination,
	addGroup,
	asSent,
	byId,
	describeDelete,
	expectedRequest,
	jsonOf,
	onlyRequest,
	pairedOf,
	useEmulator,
} from '../group/kit';
import { runnerFor } from '../kit';
import { destinationSettingsBody } from '../../../nodes/Fivetran/v1/actions/destination/settings';

const runDestination = runnerFor('destination');
const MASKED = '******';
const PASSED_TESTS = [
	{ title: 'Host Connection', status: 'PASSED', message: '' },
	{ title: 'Permission Test', status: 'PASSED', message: '' },
];

let emu: Emulator;

useEmulator({}, (started) => {
	emu = started;
});

/** The destination endpoints get Fivetran's version 2 representation. */
function expectVersion2Accept() {
	expect(emu.requestLog.entries.map((entry) => entry.headers.accept)).toEqual([
		'application/json;version=2',
	]);
}

describe('Get', () => {
	it('gets a destination, its secret config values masked by Fivetran', async () => {
		const destination = addDestination(emu);

		const { items, error } = await runDestination(emu, 'get', {
			destinationId: byId(destination.id),
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, { method: 'GET', path: `/v1/destinations/${destination.id}` }),
		);
		expectVersion2Accept();
		expect(jsonOf(items)).toEqual([
			{ ...asSent(destination), config: { ...destination.config, password: MASKED } },
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});
});

describe('Create', () => {
	it('creates the destination of a group with every setting and the setup test results', async () => {
		const group = addGroup(emu);

		const { items } = await runDestination(emu, 'create', {
			groupId: byId(group.id),
			service: ' snowflake ',
			region: 'AWS_US_EAST_1',
			timeZoneOffset: '+3',
			config: '{"host": "acme.snowflakecomputing.com", "password": "hunter2-hunter2"}',
			runSetupTests: true,
			additionalFields: { daylightSavingTimeEnabled: true, trustCertificates: true },
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'POST',
				path: '/v1/destinations',
				status: 201,
				body: {
					group_id: group.id,
					service: 'snowflake',
					region: 'AWS_US_EAST_1',
					time_zone_offset: '+3',
					config: { host: 'acme.snowflakecomputing.com', password: 'hunter2-hunter2' },
					run_setup_tests: true,
					daylight_saving_time_enabled: true,
					trust_certificates: true,
				},
			}),
		);
		expectVersion2Accept();
		expect(jsonOf(items)).toEqual([
			{
				id: group.id,
				group_id: group.id,
				service: 'snowflake',
				region: 'AWS_US_EAST_1',
				time_zone_offset: '+3',
				setup_status: 'CONNECTED',
				daylight_saving_time_enabled: true,
				config: { host: 'acme.snowflakecomputing.com', password: MASKED },
				networking_method: 'Directly',
				setup_tests: PASSED_TESTS,
			},
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('takes a configuration object from an expression and can skip the setup tests', async () => {
		const group = addGroup(emu);

		const { items } = await runDestination(emu, 'create', {
			groupId: byId(group.id),
			service: 'postgres_warehouse',
			region: 'GCP_US_EAST4',
			timeZoneOffset: '-5',
			config: '={{ { "host": "db.example.com", "port": 5432 } }}',
			runSetupTests: false,
		});

		expect(onlyRequest(emu).body).toEqual({
			group_id: group.id,
			service: 'postgres_warehouse',
			region: 'GCP_US_EAST4',
			time_zone_offset: '-5',
			config: { host: 'db.example.com', port: 5432 },
			run_setup_tests: false,
		});
		expect(jsonOf(items)[0]).toMatchObject({ setup_status: 'INCOMPLETE', time_zone_offset: '-5' });
		expect(jsonOf(items)[0]).not.toHaveProperty('setup_tests');
	});
});

describe('Update', () => {
	it('sends only the fields added and outputs the updated destination', async () => {
		const destination = addDestination(emu);

		const { items } = await runDestination(emu, 'update', {
			destinationId: byId(destination.id),
			updateFields: { timeZoneOffset: '-11', config: '{"port": 5433}' },
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'PATCH',
				path: `/v1/destinations/${destination.id}`,
				body: { time_zone_offset: '-11', config: { port: 5433 } },
			}),
		);
		expectVersion2Accept();
		expect(jsonOf(items)).toEqual([
			{
				...asSent(destination),
				time_zone_offset: '-11',
				config: { host: 'db.example.com', port: 5433, password: MASKED },
			},
		]);
	});

	it('runs the setup tests when asked and outputs their results', async () => {
		const destination = addDestination(emu, { setup_status: 'INCOMPLETE' });

		const { items } = await runDestination(emu, 'update', {
			destinationId: byId(destination.id),
			updateFields: {
				region: 'AZURE_EASTUS2',
				runSetupTests: true,
				daylightSavingTimeEnabled: true,
			},
		});

		expect(emu.requestLog.entries.at(-1)?.body).toEqual({
			region: 'AZURE_EASTUS2',
			run_setup_tests: true,
			daylight_saving_time_enabled: true,
			time_zone_offset: destination.time_zone_offset,
		});
		expect(jsonOf(items)[0]).toMatchObject({
			region: 'AZURE_EASTUS2',
			setup_status: 'CONNECTED',
			daylight_saving_time_enabled: true,
			setup_tests: PASSED_TESTS,
		});
	});
});

describe('Update: the time zone offset modify_destination requires', () => {
	it("reads the destination first and sends its current offset when the user doesn't change it", async () => {
		const destination = addDestination(emu, { time_zone_offset: '+5' });

		const { items, error } = await runDestination(emu, 'update', {
			destinationId: byId(destination.id),
			updateFields: { region: 'AWS_EU_NORTH_1' },
		});

		expect(error).toBeUndefined();
		const path = `/v1/destinations/${destination.id}`;
		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.path, entry.body])).toEqual([
			['GET', path, undefined],
			['PATCH', path, { region: 'AWS_EU_NORTH_1', time_zone_offset: '+5' }],
		]);
		expect(jsonOf(items)[0]).toMatchObject({ region: 'AWS_EU_NORTH_1', time_zone_offset: '+5' });
	});

	it('fails clearly, sending no update, when the destination has no readable offset', async () => {
		const destination = addDestination(emu);
		emu.faults.add({
			kind: 'withoutField',
			field: 'time_zone_offset',
			method: 'GET',
			when: 'after',
		});

		const { error } = await runDestination(emu, 'update', {
			destinationId: byId(destination.id),
			updateFields: { daylightSavingTimeEnabled: true },
		});

		expect(error?.message).toBe(
			`Could not read the current time zone offset of destination '${destination.id}', which Fivetran requires in every update`,
		);
		expect(emu.requestLog.count('PATCH')).toBe(0);
	});
});

describe('Regions', () => {
	it("offers every region of Fivetran's September 2026 definition", async () => {
		const { description } =
			await import('../../../nodes/Fivetran/v1/actions/destination/create.operation');
		const region = description.find((property) => property.name === 'region');
		const values = (region?.options ?? []).map((option) => (option as { value: string }).value);
		expect(values).toHaveLength(43);
		expect(values).toEqual(
			expect.arrayContaining([
				'AWS_EU_NORTH_1',
				'AZURE_KOREACENTRAL',
				'GCP_ME_CENTRAL2',
				'AWS_US_GOV_WEST_1',
			]),
		);
	});

	it('sends a region given by an expression as it is (one the node used to refuse)', async () => {
		const destination = addDestination(emu);

		const { error, items } = await runDestination(emu, 'update', {
			destinationId: byId(destination.id),
			updateFields: { region: '={{ "AWS_EU_NORTH_1" }}', timeZoneOffset: '0' },
		});

		expect(error).toBeUndefined();
		expect(emu.requestLog.entries.map((entry) => entry.body)).toEqual([
			{ region: 'AWS_EU_NORTH_1', time_zone_offset: '0' },
		]);
		expect(jsonOf(items)[0]).toMatchObject({ region: 'AWS_EU_NORTH_1' });
	});

	it('leaves a region the list does not know yet for Fivetran to judge (no refusal before sending)', () => {
		expect(destinationSettingsBody({ region: ' AWS_SOMEWHERE_NEW_1 ' })).toEqual({
			body: { region: 'AWS_SOMEWHERE_NEW_1' },
		});
		expect(destinationSettingsBody({ region: 42 })).toEqual({
			problems: ["'Region' is not a text (number): pick one from the list, e.g. GCP_US_EAST4"],
		});
	});
});

describeDelete(() => emu, runDestination, {
	label: 'Destination',
	title: 'deletes the destination and keeps its group',
	add: addDestination,
	collection: 'destinations',
	parameter: 'destinationId',
	afterDelete: (started, id) => expect(started.state.groups.has(id)).toBe(true),
});

describe('Run Setup Tests', () => {
	it('posts an empty body without options and outputs the results', async () => {
		const destination = addDestination(emu, { setup_status: 'INCOMPLETE' });

		const { items } = await runDestination(emu, 'runSetupTests', {
			destinationId: byId(destination.id),
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'POST',
				path: `/v1/destinations/${destination.id}/test`,
				body: {},
			}),
		);
		expectVersion2Accept();
		expect(jsonOf(items)).toEqual([
			{
				...asSent(destination),
				setup_status: 'CONNECTED',
				config: { ...destination.config, password: MASKED },
				setup_tests: PASSED_TESTS,
			},
		]);
	});

	it('sends the trust options, and a failed test is a result, not an error', async () => {
		const destination = addDestination(emu, { config: { host: 'unreachable.example.com' } });

		const { items, error } = await runDestination(emu, 'runSetupTests', {
			destinationId: byId(destination.id),
			options: { trustCertificates: true, trustFingerprints: false },
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).body).toEqual({ trust_certificates: true, trust_fingerprints: false });
		expect(jsonOf(items)[0]).toMatchObject({
			setup_status: 'BROKEN',
			setup_tests: [
				{
					title: 'Host Connection',
					status: 'FAILED',
					message: "Could not connect to host 'unreachable.example.com'",
				},
				{ title: 'Permission Test', status: 'FAILED', message: '' },
			],
		});
	});
});
