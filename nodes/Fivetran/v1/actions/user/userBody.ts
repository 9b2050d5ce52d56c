/**
 * Pure builders of the Invite and Update request bodies, with their validation. They take the
 * node's parameter values (camelCase) and return Fivetran's body (snake_case) or the problems.
 */
import type { IDataObject } from 'n8n-workflow';

import { NOTHING_TO_UPDATE, type BodyResult } from '../../helpers/parameters';
import { collectProblems, requireEmail, requireText, requireUrl } from '../../helpers/validation';
import { USER_TYPES } from './listFilters';

/** Optional profile fields: parameter name -> [API field, display name]. */
const PROFILE_FIELDS = {
	givenName: ['given_name', 'Given Name'],
	familyName: ['family_name', 'Family Name'],
	phone: ['phone', 'Phone'],
	picture: ['picture', 'Picture URL'],
	role: ['role', 'Role'],
} as const;

type ProfileField = keyof typeof PROFILE_FIELDS;

/** Fields that Update can clear: Fivetran clears them when they are sent as JSON null. */
export const CLEARABLE_FIELDS = ['phone', 'picture'] as const;
export type ClearableField = (typeof CLEARABLE_FIELDS)[number];

const CLEAR_FIELDS_HINT = `use a list or a comma-separated text of ${CLEARABLE_FIELDS.join(', ')}`;

/**
 * Clear Fields as the UI stores it (a list) or as an expression may give it: a list or a
 * comma-separated text ("phone, picture"). Anything else, and any other name, is refused
 * rather than ignored: ignoring it would leave a field the user meant to erase in place.
 */
export function readClearFields(
	value: unknown,
): { fields: ClearableField[] } | { problem: string } {
	if (value === undefined) return { fields: [] };
	let names: unknown[];
	if (typeof value === 'string') names = value.split(',');
	else if (Array.isArray(value)) names = value;
	else {
		const got = value === null ? 'null' : typeof value;
		return {
			problem: `'Clear Fields' must be a list of field names, not ${got}: ${CLEAR_FIELDS_HINT}`,
		};
	}
	const fields: ClearableField[] = [];
	for (const name of names) {
		const field = typeof name === 'string' ? name.trim().toLowerCase() : name;
		if (field === '') continue;
		if (!(CLEARABLE_FIELDS as readonly unknown[]).includes(field)) {
			const shown = typeof name === 'string' ? `'${name.trim()}'` : String(JSON.stringify(name));
			return { problem: `'Clear Fields' has an unknown field ${shown}: ${CLEAR_FIELDS_HINT}` };
		}
		if (!fields.includes(field as ClearableField)) fields.push(field as ClearableField);
	}
	return { fields };
}

function isProfileField(name: string): name is ProfileField {
	return Object.prototype.hasOwnProperty.call(PROFILE_FIELDS, name);
}

/** Problems of the optional fields the user added: added means it must hold a value. */
function profileProblems(fields: IDataObject, emptyHint: string): string[] {
	return collectProblems(
		...Object.keys(fields)
			.filter(isProfileField)
			.map((name) => {
				const label = PROFILE_FIELDS[name][1];
				const value = fields[name];
				if (requireText(value, label)) return `'${label}' was added but is empty: ${emptyHint}`;
				return name === 'picture' ? requireUrl(value, label, true) : undefined;
			}),
	);
}

/** The API body for the profile fields that are set, values trimmed. */
function profileBody(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const name of Object.keys(fields).filter(isProfileField)) {
		body[PROFILE_FIELDS[name][0]] = String(fields[name]).trim();
	}
	return body;
}

export interface InviteInput {
	/** `REGULAR_USER` (default) or `SERVICE_ACCOUNT` (2026-09 create_user). */
	userType?: unknown;
	email: unknown;
	givenName: unknown;
	familyName: unknown;
	additionalFields: IDataObject;
}

/**
 * Invite (a person) or create a service account. A service account's email is optional
 * (Fivetran creates it at once, without an invitation); `user_type` is sent only for it, so
 * a person's invite stays the body Fivetran has always accepted.
 */
export function buildInviteBody(input: InviteInput): BodyResult {
	const userType = input.userType ?? 'REGULAR_USER';
	const knownType = USER_TYPES.includes(String(userType));
	const serviceAccount = userType === 'SERVICE_ACCOUNT';
	const hasEmail = requireText(input.email, 'Email') === undefined;
	const problems = collectProblems(
		knownType
			? undefined
			: `'User Type' must be Regular User or Service Account (REGULAR_USER or SERVICE_ACCOUNT)`,
		// An unknown type shows no Email field: only the type is reported.
		!knownType || (serviceAccount && !hasEmail) ? undefined : requireEmail(input.email),
		requireText(input.givenName, 'Given Name'),
		requireText(input.familyName, 'Family Name'),
		...profileProblems(input.additionalFields, 'enter a value or remove it'),
	);
	if (problems.length > 0) return { problems };
	return {
		body: {
			...(hasEmail && { email: String(input.email).trim() }),
			...profileBody({ givenName: String(input.givenName), familyName: String(input.familyName) }),
			...profileBody(input.additionalFields),
			...(serviceAccount && { user_type: userType }),
		},
	};
}

/**
 * Update body. `updateFields.clearFields` lists fields to clear: they are sent as JSON null,
 * while fields the user did not add are omitted (left unchanged on Fivetran).
 */
export function buildUpdateBody(updateFields: IDataObject): BodyResult {
	const { clearFields, ...fields } = updateFields;
	const cleared = readClearFields(clearFields);
	if ('problem' in cleared) return { problems: [cleared.problem] };
	const toClear = cleared.fields;
	const problems = profileProblems(fields, 'enter a value, remove it, or use Clear Fields');
	for (const name of toClear) {
		if (name in fields) {
			const label = PROFILE_FIELDS[name][1];
			problems.push(`'${label}' is both set and listed in Clear Fields: keep only one of them`);
		}
	}
	if (problems.length > 0) return { problems };

	const body = profileBody(fields);
	for (const name of toClear) body[PROFILE_FIELDS[name][0]] = null;
	if (Object.keys(body).length === 0) {
		return { problems: [NOTHING_TO_UPDATE] };
	}
	return { body };
}
