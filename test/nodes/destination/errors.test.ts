/**
 * Failures of Destination operations with Continue On Fail off and on: Fivetran's 401, 403
 * (system keys reading without DESTINATION access, or changing with read access only), 404 and
 * 409, and the node's own validation, which must refuse before anything is sent and never
 * repeat the configuration (it holds passwords).
 */
import type { Emulator } from '../../emulator';
import { addDestination, addGroup, byId, useEmulator } from '../group/kit';
import {
	accessCases,
	addScopedKey,
	describeApiErrors,
	describeValidation,
	dotSegmentIdRule,
	forbiddenCase,
	runnerFor,
} from '../kit';

const runDestination = runnerFor('destination');
let emu: Emulator;
let destination: ReturnType<typeof addDestination>;
let destinationReader: ReturnType<typeof addScopedKey>;

useEmulator({}, (started) => {
	emu = started;
	destination = addDestination(emu);
	destinationReader = addScopedKey(emu, [{ resource_type: 'DESTINATION', access_level: 'READ' }]);
});

/** Valid Create parameters for `groupId`, overridden per case. */
function createParameters(groupId: string, overrides: Record<string, unknown> = {}) {
	return {
		groupId: byId(groupId),
		service: 'snowflake',
		region: 'GCP_US_EAST4',
		timeZoneOffset: '0',
		config: '{}',
		...overrides,
	};
}

describeApiErrors(() => emu, runDestination, [
	...accessCases(
		() => emu,
		'get',
		() => ({ destinationId: byId(destination.id) }),
		'DESTINATION_READ',
	),
	forbiddenCase(
		'runSetupTests',
		() => ({ destinationId: byId(destination.id) }),
		() => destinationReader,
		'DESTINATION_MANAGE',
	),
	{
		name: '404 for a destination that does not exist',
		operation: 'delete',
		parameters: () => ({ destinationId: byId('no_such_destination') }),
		status: 404,
		code: 'NotFound_Destination',
		message: () =>
			"Fivetran: Destination with id 'no_such_destination' does not exist. [NotFound_Destination]",
	},
	{
		name: '404 creating in a group that does not exist',
		operation: 'create',
		parameters: () => createParameters('no_such_group'),
		status: 404,
		code: 'NotFound_Group',
		message: () => "Fivetran: Group with id 'no_such_group' does not exist. [NotFound_Group]",
	},
	{
		name: '409 creating a second destination in a group',
		operation: 'create',
		parameters: () => createParameters(destination.id),
		status: 409,
		code: 'Conflict',
		message: () =>
			`Fivetran: Group with id '${destination.id}' already has a destination [Conflict]`,
	},
]);

const CONFIG = "'Configuration (JSON)'";

describeValidation(() => emu, runDestination, [
	{
		rule: 'Create needs a service',
		operation: 'create',
		parameters: () => createParameters(addGroup(emu).id, { service: '={{ " " }}' }),
		message: "'Service' is empty: enter a value",
	},
	{
		rule: 'Create needs a group',
		operation: 'create',
		parameters: () => createParameters('={{ "" }}'),
		message: "'Group' is empty: pick one from the list or enter its ID",
	},
	{
		rule: 'the configuration must be valid JSON, and the message does not repeat it',
		operation: 'create',
		parameters: () =>
			createParameters(addGroup(emu).id, { config: '{"password": "hunter2-hunter2"' }),
		message: `${CONFIG} is not valid JSON: check quotes, commas and braces, e.g. {"key": "value"}`,
	},
	{
		rule: 'the configuration must be a JSON object',
		operation: 'update',
		parameters: () => ({
			destinationId: byId(destination.id),
			updateFields: { config: '["host"]' },
		}),
		message: `${CONFIG} must be a JSON object such as {"key": "value"}`,
	},
	{
		rule: 'the time zone offset must be within -11..+12',
		operation: 'create',
		parameters: () => createParameters(addGroup(emu).id, { timeZoneOffset: '={{ "+13" }}' }),
		message: '\'Time Zone Offset\' "+13" is not valid: use a whole number of hours from -11 to +12',
	},
	{
		rule: 'the region must not be empty',
		operation: 'update',
		parameters: () => ({
			destinationId: byId(destination.id),
			updateFields: { region: '={{ " " }}' },
		}),
		message: "'Region' is empty: pick one from the list, e.g. GCP_US_EAST4",
	},
	{
		rule: 'Update needs at least one field',
		operation: 'update',
		parameters: () => ({ destinationId: byId(destination.id), updateFields: {} }),
		message: 'Nothing to update: add at least one field under Update Fields',
	},
	dotSegmentIdRule('get', 'destinationId', 'Destination', '.'),
]);

describe('validation lists every problem of an item', () => {
	it('names the first problem and lists all of them in the description', async () => {
		const { error } = await runDestination(emu, 'update', {
			destinationId: byId(destination.id),
			updateFields: { region: '={{ "" }}', timeZoneOffset: '={{ 99 }}' },
		});

		expect(error?.message).toMatch(/^'Region' is empty/);
		expect(error?.description).toBe(
			[
				"'Region' is empty: pick one from the list, e.g. GCP_US_EAST4",
				'\'Time Zone Offset\' "99" is not valid: use a whole number of hours from -11 to +12',
			].join('\n'),
		);
		expect(emu.requestLog.entries).toEqual([]);
	});

	it('accepts a time zone offset given as a number by an expression', async () => {
		const { error } = await runDestination(emu, 'update', {
			destinationId: byId(destination.id),
			updateFields: { timeZoneOffset: '={{ 3 }}' },
		});

		expect(error).toBeUndefined();
		expect(emu.requestLog.entries.map((entry) => entry.body)).toEqual([{ time_zone_offset: '+3' }]);
	});
});
