/**
 * Pure checks and body building for webhook settings (Create and Update): node parameter names
 * in, Fivetran's body out, or the problems users must fix. Fivetran refuses non-HTTPS URLs and
 * empty event lists with a 400; checking first saves a request and says which field is wrong.
 */
import type { IDataObject } from 'n8n-workflow';

import { requireUrl, type Problem } from '../../helpers/validation';
import { isLoopbackUrl } from '../../../../shared/loopback';
import type { BodyResult } from '../../helpers/parameters';

export function webhookUrlProblem(value: unknown): Problem {
	const problem = requireUrl(value, 'URL');
	if (problem) return problem;
	const url = new URL(String(value).trim());
	if (url.protocol === 'https:' || isLoopbackUrl(url)) return undefined;
	return "'URL' must start with https://: Fivetran delivers webhooks only to HTTPS URLs (http:// is accepted only for localhost)";
}

/** The events as a list of names; an expression may give an array or a comma-separated text. */
export function eventList(value: unknown): string[] {
	const raw = Array.isArray(value) ? value : String(value ?? '').split(',');
	return raw.map((event) => String(event).trim()).filter((event) => event !== '');
}

/** The body for the settings present in `fields`; absent ones are left out (Update). */
export function webhookSettingsBody(fields: IDataObject): BodyResult {
	const body: IDataObject = {};
	const problems: string[] = [];
	if (fields.url !== undefined) {
		const problem = webhookUrlProblem(fields.url);
		if (problem) problems.push(problem);
		else body.url = String(fields.url).trim();
	}
	if (fields.events !== undefined) {
		const events = eventList(fields.events);
		if (events.length === 0) problems.push("'Events' is empty: choose at least one event");
		else body.events = [...new Set(events)];
	}
	if (fields.active !== undefined) body.active = fields.active === true;
	// An empty secret means "none" on Create; on Update it would not be sent anyway.
	if (typeof fields.secret === 'string' && fields.secret !== '') body.secret = fields.secret;
	return problems.length > 0 ? { problems } : { body };
}
