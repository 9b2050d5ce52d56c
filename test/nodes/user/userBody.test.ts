import { buildInviteBody, buildUpdateBody } from '../../../nodes/Fivetran/v1/actions/user/userBody';

const invitee = {
	email: ' ada@example.com ',
	givenName: 'Ada',
	familyName: ' Lovelace ',
	additionalFields: {},
};

describe('buildInviteBody', () => {
	it('maps the required fields to snake_case, trimmed', () => {
		expect(buildInviteBody(invitee)).toEqual({
			body: { email: 'ada@example.com', given_name: 'Ada', family_name: 'Lovelace' },
		});
	});

	it('adds the optional fields the user set', () => {
		const additionalFields = {
			phone: '+15550100',
			picture: 'https://example.com/ada.png',
			role: 'Account Reviewer',
		};
		expect(buildInviteBody({ ...invitee, additionalFields })).toEqual({
			body: {
				email: 'ada@example.com',
				given_name: 'Ada',
				family_name: 'Lovelace',
				phone: '+15550100',
				picture: 'https://example.com/ada.png',
				role: 'Account Reviewer',
			},
		});
	});

	it('lists every problem at once', () => {
		expect(
			buildInviteBody({
				email: 'ada',
				givenName: ' ',
				familyName: '',
				additionalFields: { phone: '' },
			}),
		).toEqual({
			problems: [
				"'Email' is not a valid email address: use the form name@example.com",
				"'Given Name' is empty: enter a value",
				"'Family Name' is empty: enter a value",
				"'Phone' was added but is empty: enter a value or remove it",
			],
		});
	});

	it('refuses a picture that is neither a URL nor a data URI', () => {
		expect(buildInviteBody({ ...invitee, additionalFields: { picture: 'ada.png' } })).toEqual({
			problems: [
				"'Picture URL' must be an http(s) URL or a data URI, e.g. https://example.com/a.png",
			],
		});
	});

	it('ignores unknown keys in Additional Fields', () => {
		expect(buildInviteBody({ ...invitee, additionalFields: { unexpected: 'x' } })).toEqual({
			body: { email: 'ada@example.com', given_name: 'Ada', family_name: 'Lovelace' },
		});
	});
});

describe('buildUpdateBody', () => {
	it('sends only the fields that were added', () => {
		expect(buildUpdateBody({ givenName: 'Augusta', role: 'Account Analyst' })).toEqual({
			body: { given_name: 'Augusta', role: 'Account Analyst' },
		});
	});

	it('sends JSON null for the fields to clear, and omits the others', () => {
		expect(buildUpdateBody({ clearFields: ['phone', 'picture'], familyName: 'King' })).toEqual({
			body: { family_name: 'King', phone: null, picture: null },
		});
	});

	it('accepts clearing as the only change', () => {
		expect(buildUpdateBody({ clearFields: ['picture'] })).toEqual({ body: { picture: null } });
	});

	it('refuses an update with nothing to change', () => {
		const nothing = { problems: ['Nothing to update: add at least one field under Update Fields'] };
		expect(buildUpdateBody({})).toEqual(nothing);
		expect(buildUpdateBody({ clearFields: [] })).toEqual(nothing);
	});

	it('reads Clear Fields as a list or a comma-separated text, refusing anything else', () => {
		expect(buildUpdateBody({ clearFields: ' phone ,, PICTURE, phone' })).toEqual({
			body: { phone: null, picture: null },
		});
		expect(buildUpdateBody({ clearFields: ['picture', ''] })).toEqual({ body: { picture: null } });
		const hint = ': use a list or a comma-separated text of phone, picture';
		expect(buildUpdateBody({ clearFields: null, phone: '+1' })).toEqual({
			problems: [`'Clear Fields' must be a list of field names, not null${hint}`],
		});
		expect(buildUpdateBody({ clearFields: true })).toEqual({
			problems: [`'Clear Fields' must be a list of field names, not boolean${hint}`],
		});
		expect(buildUpdateBody({ clearFields: ['phone', 7] })).toEqual({
			problems: [`'Clear Fields' has an unknown field 7${hint}`],
		});
		expect(buildUpdateBody({ clearFields: ['phone', { a: 1 }] })).toEqual({
			problems: [`'Clear Fields' has an unknown field {"a":1}${hint}`],
		});
		expect(buildUpdateBody({ clearFields: 'phone, given_name' })).toEqual({
			problems: [`'Clear Fields' has an unknown field 'given_name'${hint}`],
		});
	});

	it('refuses a field that is both set and cleared', () => {
		expect(buildUpdateBody({ phone: '+15550100', clearFields: ['phone'] })).toEqual({
			problems: ["'Phone' is both set and listed in Clear Fields: keep only one of them"],
		});
	});

	it('refuses an added but empty field and points to Clear Fields', () => {
		expect(buildUpdateBody({ phone: '  ' })).toEqual({
			problems: ["'Phone' was added but is empty: enter a value, remove it, or use Clear Fields"],
		});
	});
});
