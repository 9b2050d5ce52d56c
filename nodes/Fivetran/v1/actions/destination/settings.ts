/**
 * Pure builder of the destination settings Create and Update send: node parameter names
 * (camelCase) in, Fivetran's body (snake_case) out, or the problems users must fix. Regions and
 * offsets are checked here too because an expression can put any value in an options field.
 */
import type { IDataObject } from 'n8n-workflow';

import { parseJsonObject, type Problem } from '../../helpers/validation';
import { DESTINATION_REGIONS, TIME_ZONE_OFFSETS } from './fields';
import type { BodyResult } from '../../helpers/parameters';

const BOOLEAN_SETTINGS = {
	daylightSavingTimeEnabled: 'daylight_saving_time_enabled',
	runSetupTests: 'run_setup_tests',
	trustCertificates: 'trust_certificates',
	trustFingerprints: 'trust_fingerprints',
} as const;

/** "3", 3 and "+3" all mean "+3"; anything outside -11..+12 is refused. */
export function normaliseTimeZoneOffset(value: unknown): string | undefined {
	const match = /^\s*([+-]?)(\d{1,2})\s*$/.exec(String(value));
	if (!match) return undefined;
	const hours = Number(match[2]) * (match[1] === '-' ? -1 : 1);
	const offset = hours > 0 ? `+${hours}` : String(hours);
	return TIME_ZONE_OFFSETS.includes(offset) ? offset : undefined;
}

function regionProblem(value: unknown): Problem {
	return (DESTINATION_REGIONS as readonly unknown[]).includes(value)
		? undefined
		: `'Region' "${String(value)}" is not a Fivetran region: pick one from the list, e.g. GCP_US_EAST4`;
}

/**
 * The body for the settings present in `fields` (region, timeZoneOffset, config and the
 * booleans). Fields that are absent are left out, so Update changes only what was added.
 */
export function destinationSettingsBody(fields: IDataObject): BodyResult {
	const body: IDataObject = {};
	const problems: string[] = [];
	if (fields.region !== undefined) {
		const problem = regionProblem(fields.region);
		if (problem) problems.push(problem);
		else body.region = fields.region;
	}
	if (fields.timeZoneOffset !== undefined) {
		const offset = normaliseTimeZoneOffset(fields.timeZoneOffset);
		if (offset === undefined) {
			problems.push(
				`'Time Zone Offset' "${String(fields.timeZoneOffset)}" is not valid: use a whole number of hours from -11 to +12`,
			);
		} else body.time_zone_offset = offset;
	}
	if (fields.config !== undefined) {
		const config = parseJsonObject(fields.config, 'Configuration (JSON)');
		if (config.problem !== undefined) problems.push(config.problem);
		else body.config = config.value;
	}
	for (const [name, apiName] of Object.entries(BOOLEAN_SETTINGS)) {
		if (fields[name] !== undefined) body[apiName] = fields[name] === true;
	}
	return problems.length > 0 ? { problems } : { body };
}
