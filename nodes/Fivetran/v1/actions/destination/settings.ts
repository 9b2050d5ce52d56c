/**
 * Pure builder of the destination settings Create and Update send: node parameter names
 * (camelCase) in, Fivetran's body (snake_case) out, or the problems users must fix. Offsets are
 * checked here too because an expression can put any value in an options field.
 */
import type { IDataObject } from 'n8n-workflow';

import { parseJsonObject, type Problem } from '../../helpers/validation';
import { TIME_ZONE_OFFSETS } from './fields';
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

/**
 * Only an empty or non-text region is refused here. Any other value is sent as given: the list
 * of regions grows (34 in July 2026, 43 in September), and Fivetran refuses an unknown one.
 */
function regionProblem(value: unknown): Problem {
	return typeof value === 'string' && value.trim() !== ''
		? undefined
		: `'Region' is ${typeof value === 'string' ? 'empty' : `not a text (${typeof value})`}: pick one from the list, e.g. GCP_US_EAST4`;
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
		else body.region = (fields.region as string).trim();
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
