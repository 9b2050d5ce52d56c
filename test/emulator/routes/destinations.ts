/**
 * Destinations: /v1/destinations. A destination's id is its group's id (they map 1:1) and a
 * group has at most one destination.
 *
 * Setup tests are simulated: they pass, unless `config.host` contains "unreachable", which
 * fails the connection test and leaves the destination BROKEN (a knob for error-path tests).
 * Config values whose key looks secret (password, secret, token, private key ...) are stored
 * as given and always returned as "******".
 */
import { paginate, track } from '../pagination';
import {
	conflict,
	created,
	done,
	invalidInput,
	notFound,
	objectBody,
	ok,
	optionalBoolean,
	optionalString,
	requireString,
} from '../respond';
import type { DestinationRecord, EmulatorState } from '../state';
import type { JsonObject, Route, RouteContext } from '../types';
import {
	destinationPermission,
	refuseWhileConnectionsExist,
	requireGroup,
	visibleGroupIds,
} from './groups';

/**
 * Exactly the `region` enum of Fivetran's definition: create_destination and modify_destination
 * in ../shared/spec/2026-09/destinations/ (43 values, in the definition's order; the July
 * definition had 34). Kept apart from the node's list on purpose: the emulator models Fivetran.
 */
export const DESTINATION_REGIONS = [
	'GCP_US_EAST4',
	'GCP_US_WEST1',
	'GCP_US_CENTRAL1',
	'GCP_EUROPE_WEST3',
	'GCP_AUSTRALIA_SOUTHEAST1',
	'GCP_NORTHAMERICA_NORTHEAST1',
	'GCP_EUROPE_WEST2',
	'GCP_ASIA_SOUTHEAST1',
	'GCP_ASIA_SOUTHEAST2',
	'GCP_ASIA_SOUTH1',
	'GCP_ASIA_NORTHEAST1',
	'GCP_ASIA_NORTHEAST3',
	'GCP_ME_CENTRAL2',
	'AWS_US_EAST_1',
	'AWS_US_EAST_2',
	'AWS_US_WEST_2',
	'AWS_AP_NORTHEAST_1',
	'AWS_AP_NORTHEAST_2',
	'AWS_AP_SOUTHEAST_1',
	'AWS_AP_SOUTHEAST_2',
	'AWS_EU_CENTRAL_1',
	'AWS_EU_NORTH_1',
	'AWS_EU_WEST_1',
	'AWS_EU_WEST_2',
	'AWS_EU_WEST_3',
	'AWS_AP_SOUTH_1',
	'AWS_CA_CENTRAL_1',
	'AWS_US_GOV_WEST_1',
	'AZURE_EASTUS2',
	'AZURE_AUSTRALIAEAST',
	'AZURE_UKSOUTH',
	'AZURE_WESTEUROPE',
	'AZURE_CENTRALUS',
	'AZURE_CANADACENTRAL',
	'AZURE_UAENORTH',
	'AZURE_SOUTHEASTASIA',
	'AZURE_EASTUS',
	'AZURE_JAPANEAST',
	'AZURE_CENTRALINDIA',
	'AZURE_GERMANYWESTCENTRAL',
	'AZURE_WESTUS3',
	'AZURE_SWITZERLANDNORTH',
	'AZURE_KOREACENTRAL',
] as const;

const DEFAULT_REGION = 'GCP_US_EAST4';
const MASK = '******';
const SECRET_KEY = /password|secret|token|private_key|api_key|passphrase|credentials/i;

type SetupTest = { title: string; status: 'PASSED' | 'FAILED'; message: string };

function requireDestination(state: EmulatorState, id: string): DestinationRecord {
	const destination = state.destinations.get(id);
	if (!destination) throw notFound('Destination', id);
	return destination;
}

function maskConfig(config: JsonObject): JsonObject {
	const masked: JsonObject = {};
	for (const [key, value] of Object.entries(config)) {
		masked[key] = SECRET_KEY.test(key) && value !== null && value !== '' ? MASK : value;
	}
	return masked;
}

function presentDestination(destination: DestinationRecord, setupTests?: SetupTest[]) {
	return {
		...destination,
		config: maskConfig(destination.config),
		...(setupTests ? { setup_tests: setupTests } : {}),
	};
}

/** "-11".."+12" in whole hours, as Fivetran's enum; "+3" and "3" are both accepted. */
function parseTimeZoneOffset(value: string): string {
	const match = /^([+-]?)(\d{1,2})$/.exec(value.trim());
	const hours = match ? Number(`${match[1] === '-' ? '-' : ''}${match[2]}`) : NaN;
	if (!Number.isInteger(hours) || hours < -11 || hours > 12) {
		throw invalidInput(`Invalid value for 'time_zone_offset': must be between -11 and +12`);
	}
	return hours > 0 ? `+${hours}` : String(hours);
}

function parseRegion(value: string): string {
	if (!(DESTINATION_REGIONS as readonly string[]).includes(value)) {
		throw invalidInput(`Invalid value for 'region': '${value}'`);
	}
	return value;
}

function parseConfig(body: Record<string, unknown>): JsonObject | undefined {
	const config = body.config;
	if (config === undefined) return undefined;
	if (typeof config !== 'object' || config === null || Array.isArray(config)) {
		throw invalidInput(`Field 'config' must be an object`);
	}
	return config as JsonObject;
}

function runSetupTests(destination: DestinationRecord): SetupTest[] {
	const host = destination.config.host;
	const reachable = !(typeof host === 'string' && host.includes('unreachable'));
	destination.setup_status = reachable ? 'CONNECTED' : 'BROKEN';
	return [
		reachable
			? { title: 'Host Connection', status: 'PASSED', message: '' }
			: {
					title: 'Host Connection',
					status: 'FAILED',
					message: `Could not connect to host '${host}'`,
				},
		{ title: 'Permission Test', status: reachable ? 'PASSED' : 'FAILED', message: '' },
	];
}

/** Applies the optional fields shared by create and update. */
function applyOptionalFields(destination: DestinationRecord, body: Record<string, unknown>): void {
	const region = optionalString(body, 'region');
	if (region !== undefined) destination.region = parseRegion(region);
	const offset = optionalString(body, 'time_zone_offset');
	if (offset !== undefined) destination.time_zone_offset = parseTimeZoneOffset(offset);
	const dst = optionalBoolean(body, 'daylight_saving_time_enabled');
	if (dst !== undefined) destination.daylight_saving_time_enabled = dst;
	const networking = optionalString(body, 'networking_method');
	if (networking !== undefined) destination.networking_method = networking;
	const config = parseConfig(body);
	if (config !== undefined) destination.config = { ...destination.config, ...config };
	optionalBoolean(body, 'trust_certificates');
	optionalBoolean(body, 'trust_fingerprints');
}

/** `run_setup_tests` defaults to true, as on Fivetran. */
function setupTestsRequested(body: Record<string, unknown>): boolean {
	return optionalBoolean(body, 'run_setup_tests') ?? true;
}

function listDestinations(ctx: RouteContext) {
	const isVisible = visibleGroupIds(ctx);
	const destinations = [...ctx.state.destinations.values()].filter((destination) =>
		isVisible(destination.id),
	);
	return paginate(destinations, ctx.query, (record) => presentDestination(record));
}

function createDestination(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	const groupId = requireString(body, 'group_id');
	const service = requireString(body, 'service');
	const offset = parseTimeZoneOffset(requireString(body, 'time_zone_offset'));
	const group = requireGroup(ctx.state, groupId);
	if (ctx.state.destinations.has(group.id)) {
		throw conflict(`Group with id '${group.id}' already has a destination`);
	}
	const destination: DestinationRecord = {
		id: group.id,
		group_id: group.id,
		service,
		region: DEFAULT_REGION,
		time_zone_offset: offset,
		setup_status: 'INCOMPLETE',
		daylight_saving_time_enabled: false,
		config: {},
		networking_method: 'Directly',
	};
	applyOptionalFields(destination, body);
	const setupTests = setupTestsRequested(body) ? runSetupTests(destination) : undefined;
	ctx.state.destinations.set(destination.id, track(destination));
	return created(presentDestination(destination, setupTests), 'Destination has been created');
}

function getDestination(ctx: RouteContext) {
	return ok(presentDestination(requireDestination(ctx.state, ctx.params.destinationId)));
}

function updateDestination(ctx: RouteContext) {
	const stored = requireDestination(ctx.state, ctx.params.destinationId);
	const body = objectBody(ctx.body);
	// modify_destination's request body lists `time_zone_offset` as required (definition, July
	// and 2026-09/destinations/modify_destination.json).
	requireString(body, 'time_zone_offset');
	// Validate everything on a copy so a bad field changes nothing.
	const updated: DestinationRecord = { ...stored, config: { ...stored.config } };
	applyOptionalFields(updated, body);
	const setupTests = optionalBoolean(body, 'run_setup_tests') ? runSetupTests(updated) : undefined;
	Object.assign(stored, updated);
	return ok(presentDestination(stored, setupTests), 'Destination has been updated');
}

function deleteDestination(ctx: RouteContext) {
	const destination = requireDestination(ctx.state, ctx.params.destinationId);
	refuseWhileConnectionsExist(ctx.state, destination.id, 'Destination');
	ctx.state.destinations.delete(destination.id);
	return done(`Destination with id '${destination.id}' has been deleted`);
}

function testDestination(ctx: RouteContext) {
	const destination = requireDestination(ctx.state, ctx.params.destinationId);
	const body = objectBody(ctx.body);
	optionalBoolean(body, 'trust_certificates');
	optionalBoolean(body, 'trust_fingerprints');
	const setupTests = runSetupTests(destination);
	return ok(presentDestination(destination, setupTests), 'Setup tests have been completed');
}

/** A system key filtered to some groups may create a destination only in one of them. */
function groupIdInBody(ctx: RouteContext): string | undefined {
	const body = ctx.body as { group_id?: unknown } | undefined;
	return typeof body?.group_id === 'string' ? body.group_id : undefined;
}

const DESTINATION = '/v1/destinations/:destinationId';
const read = destinationPermission('READ', 'destinationId');
const manage = destinationPermission('MANAGE', 'destinationId');

export const routes: Route[] = [
	{
		method: 'GET',
		path: '/v1/destinations',
		handler: listDestinations,
		permission: destinationPermission('READ'),
	},
	{
		method: 'POST',
		path: '/v1/destinations',
		handler: createDestination,
		permission: destinationPermission('MANAGE', groupIdInBody),
		rateBucket: 'setup_test',
	},
	{ method: 'GET', path: DESTINATION, handler: getDestination, permission: read },
	{ method: 'PATCH', path: DESTINATION, handler: updateDestination, permission: manage },
	{ method: 'DELETE', path: DESTINATION, handler: deleteDestination, permission: manage },
	{
		method: 'POST',
		path: `${DESTINATION}/test`,
		handler: testDestination,
		permission: manage,
		rateBucket: 'setup_test',
	},
];
