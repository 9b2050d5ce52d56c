/**
 * Field builders shared by the Destination operations: the destination, its region, time zone,
 * configuration and setup-test options, each spelt once.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { destinationLocator, trustFields as sharedTrustFields } from '../../../../shared/descriptions';
import { operationFieldsFor } from '../../helpers/operationFields';

/** An operation's fields, shown only for resource Destination and that operation. */
export const destinationOperationFields = operationFieldsFor('destination');

export const destinationIdField: INodeProperties = {
	...destinationLocator,
	name: 'destinationId',
	required: true,
};

/**
 * Fivetran's region enum as the API spells it: every value of `region` in the September 2026
 * definition (create_destination / modify_destination, 43 values; July had 34). The list only
 * feeds the Region options: a value given by an expression is sent as it is, for Fivetran to
 * judge, so a region added after this list still works.
 */
export const DESTINATION_REGIONS = [
	'AWS_AP_NORTHEAST_1',
	'AWS_AP_NORTHEAST_2',
	'AWS_AP_SOUTHEAST_1',
	'AWS_AP_SOUTHEAST_2',
	'AWS_AP_SOUTH_1',
	'AWS_CA_CENTRAL_1',
	'AWS_EU_CENTRAL_1',
	'AWS_EU_NORTH_1',
	'AWS_EU_WEST_1',
	'AWS_EU_WEST_2',
	'AWS_EU_WEST_3',
	'AWS_US_EAST_1',
	'AWS_US_EAST_2',
	'AWS_US_GOV_WEST_1',
	'AWS_US_WEST_2',
	'AZURE_AUSTRALIAEAST',
	'AZURE_CANADACENTRAL',
	'AZURE_CENTRALINDIA',
	'AZURE_CENTRALUS',
	'AZURE_EASTUS',
	'AZURE_EASTUS2',
	'AZURE_GERMANYWESTCENTRAL',
	'AZURE_JAPANEAST',
	'AZURE_KOREACENTRAL',
	'AZURE_SOUTHEASTASIA',
	'AZURE_SWITZERLANDNORTH',
	'AZURE_UAENORTH',
	'AZURE_UKSOUTH',
	'AZURE_WESTEUROPE',
	'AZURE_WESTUS3',
	'GCP_ASIA_NORTHEAST1',
	'GCP_ASIA_NORTHEAST3',
	'GCP_ASIA_SOUTH1',
	'GCP_ASIA_SOUTHEAST1',
	'GCP_ASIA_SOUTHEAST2',
	'GCP_AUSTRALIA_SOUTHEAST1',
	'GCP_EUROPE_WEST2',
	'GCP_EUROPE_WEST3',
	'GCP_ME_CENTRAL2',
	'GCP_NORTHAMERICA_NORTHEAST1',
	'GCP_US_CENTRAL1',
	'GCP_US_EAST4',
	'GCP_US_WEST1',
] as const;

export const DEFAULT_REGION = 'GCP_US_EAST4';

/** "AWS_US_EAST_1" -> "AWS us-east-1": the cloud's own spelling of the region. */
function regionLabel(region: string): string {
	const [cloud, ...rest] = region.split('_');
	const provider = cloud === 'AZURE' ? 'Azure' : cloud;
	return `${provider} ${rest.join('-').toLowerCase()}`;
}

const REGION_OPTIONS: INodePropertyOptions[] = DESTINATION_REGIONS.map((region) => ({
	name: regionLabel(region),
	value: region,
}));

/** Whole hours from -11 to +12, as Fivetran's `time_zone_offset` enum ("-11" … "0" … "+12"). */
export const TIME_ZONE_OFFSETS: string[] = Array.from({ length: 24 }, (_, index) => {
	const hours = index - 11;
	return hours > 0 ? `+${hours}` : String(hours);
});

/** West to east, as people read time zones. */
const TIME_ZONE_OPTIONS: INodePropertyOptions[] = TIME_ZONE_OFFSETS.map((offset) => ({
	name: offset === '0' ? 'UTC' : `UTC${offset}`,
	value: offset,
}));

export const regionField: INodeProperties = {
	displayName: 'Region',
	name: 'region',
	type: 'options',
	options: REGION_OPTIONS,
	default: DEFAULT_REGION,
	description: 'The cloud region where Fivetran processes the data for this destination',
};

export const timeZoneOffsetField: INodeProperties = {
	displayName: 'Time Zone Offset',
	name: 'timeZoneOffset',
	type: 'options',
	options: TIME_ZONE_OPTIONS,
	default: '0',
	description: 'The time zone of the destination, used for daily sync times and reports',
};

export const configField: INodeProperties = {
	displayName: 'Configuration (JSON)',
	name: 'config',
	type: 'json',
	default: '{}',
	description:
		'The destination settings in Fivetran API format for its service, e.g. {"host": "db.example.com", "port": 5432, "database": "warehouse", "user": "fivetran", "password": "…"}. Fivetran returns secret values masked.',
};

export const daylightSavingField: INodeProperties = {
	displayName: 'Daylight Saving Time',
	name: 'daylightSavingTimeEnabled',
	type: 'boolean',
	default: false,
	description: 'Whether the destination time zone observes daylight saving time',
};

/** On by default for Create, as on Fivetran; Update spreads it with `default: false`. */
export const runSetupTestsField: INodeProperties = {
	displayName: 'Run Setup Tests',
	name: 'runSetupTests',
	type: 'boolean',
	default: true,
	description:
		'Whether Fivetran tests the connection to the destination and returns the results in setup_tests',
};

export const trustFields = sharedTrustFields("destination's");
