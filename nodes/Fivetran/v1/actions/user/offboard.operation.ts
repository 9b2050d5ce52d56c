/**
 * Offboard: removes a user's connection, group and team memberships, then deletes the user,
 * and reports every step. It stops at the first failure (the error lists what was already
 * done) unless "Continue After Failed Step" is on.
 */
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
} from 'n8n-workflow';

import { apiPath, fivetranApiRequest, fivetranApiRequestAllItems } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { findTeamsOfUser, teamMemberPath } from '../team/userTeams';
import { userIdField, userOperationFields } from './fields';
import { readUserId } from './parameters';
import { readCollection } from '../../helpers/parameters';

export const description = userOperationFields('offboard', [
	{
		displayName:
			'Destructive: removes every membership of the user, then permanently deletes the user. Cannot be undone.',
		name: 'offboardNotice',
		type: 'notice',
		default: '',
	},
	{ ...userIdField, description: 'The user to offboard and delete permanently' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Continue After Failed Step',
				name: 'continueAfterFailedStep',
				type: 'boolean',
				default: false,
				description:
					'Whether to go on when a membership cannot be listed or removed: the user is then still deleted (which ends the remaining memberships) and the output lists the failures. Off: offboarding stops at the first failure and the error lists what was already done.',
			},
			{
				displayName: 'Remove Team Memberships',
				name: 'removeTeamMemberships',
				type: 'boolean',
				default: true,
				description:
					"Whether to remove the user from their teams first. Fivetran cannot list a user's teams, so this reads the members of every team (one request per team).",
			},
		],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

type StepName =
	'removeConnectionMemberships' | 'removeGroupMemberships' | 'removeTeamMemberships' | 'deleteUser';

const STEP_LABELS: Record<StepName, string> = {
	removeConnectionMemberships: 'remove connection memberships',
	removeGroupMemberships: 'remove group memberships',
	removeTeamMemberships: 'remove team memberships',
	deleteUser: 'delete the user',
};

interface StepReport extends IDataObject {
	step: StepName;
	/** 'failed' until the step completes, so an error thrown midway reports it as such. */
	status: 'succeeded' | 'failed' | 'skipped';
}

interface Offboarding {
	ctx: IExecuteFunctions;
	itemIndex: number;
	userId: string;
	keepGoing: boolean;
	steps: StepReport[];
}

function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * One membership step: list the ids, remove each. Failures throw, or with keepGoing are
 * recorded in the step (`failures`) and the step ends as 'failed'.
 */
async function removeEach(
	run: Offboarding,
	step: StepName,
	listIds: () => Promise<string[]>,
	pathOf: (id: string) => string,
): Promise<StepReport> {
	const removed: string[] = [];
	const failures: IDataObject[] = [];
	const report: StepReport = { step, status: 'failed', removed, count: 0 };
	run.steps.push(report);
	// Without keepGoing a failure propagates as it is (execute() adds the report to it).
	const attempt = async (id: string | undefined, action: () => Promise<unknown>) => {
		if (!run.keepGoing) {
			await action();
			return;
		}
		try {
			await action();
		} catch (error) {
			failures.push({ ...(id === undefined ? {} : { id }), error: errorMessage(error) });
			report.failures = failures;
		}
	};
	let ids: string[] = [];
	await attempt(undefined, async () => (ids = await listIds()));
	for (const id of ids) {
		await attempt(id, async () => {
			await fivetranApiRequest.call(run.ctx, {
				method: 'DELETE',
				path: pathOf(id),
				itemIndex: run.itemIndex,
			});
			removed.push(id);
			report.count = removed.length;
		});
	}
	if (failures.length === 0) report.status = 'succeeded';
	return report;
}

async function membershipIds(run: Offboarding, segment: 'connections' | 'groups') {
	const path = apiPath`/v1/users/${run.userId}/${segment}`;
	const memberships = await fivetranApiRequestAllItems.call(
		run.ctx,
		{ path, itemIndex: run.itemIndex },
		{ returnAll: true },
	);
	return memberships.map((membership) => String(membership.id));
}

async function removeTeamMemberships(run: Offboarding, enabled: boolean): Promise<void> {
	if (!enabled) {
		run.steps.push({
			step: 'removeTeamMemberships',
			status: 'skipped',
			reason: 'Option "Remove Team Memberships" is off',
		});
		return;
	}
	let teamsChecked = 0;
	const report = await removeEach(
		run,
		'removeTeamMemberships',
		async () => {
			const found = await findTeamsOfUser(run.ctx, run.userId, run.itemIndex);
			teamsChecked = found.teamsChecked;
			return found.teamIds;
		},
		(teamId) => teamMemberPath(teamId, run.userId),
	);
	report.teamsChecked = teamsChecked;
}

/** "remove connection memberships (removed 2: a, b)", for the error's description. */
function describeStep(report: StepReport): string {
	const label = STEP_LABELS[report.step];
	const removed = Array.isArray(report.removed) ? (report.removed as string[]) : [];
	if (report.step === 'deleteUser') return label;
	if (report.status === 'skipped') return `${label} (skipped)`;
	return `${label} (removed ${removed.length}${removed.length ? `: ${removed.join(', ')}` : ''})`;
}

/** The failure of a step, with what was done before it, keeping Fivetran's status and code. */
function stoppedError(run: Offboarding, error: unknown): Error {
	// The step that threw is the last one started (earlier ones may have failed with keepGoing).
	const failed = [...run.steps].reverse().find((step) => step.status === 'failed');
	const done = run.steps.filter((step) => step !== failed);
	const label = failed ? STEP_LABELS[failed.step] : STEP_LABELS.deleteUser;
	const message = `Offboarding of user '${run.userId}' stopped at "${label}": ${errorMessage(error)}`;
	const report = [
		`Done before the failure: ${done.length ? done.map(describeStep).join('; ') : 'nothing'}.`,
		failed ? `Failed step: ${describeStep(failed)}.` : '',
		'The user was not deleted.',
	]
		.filter(Boolean)
		.join(' ');
	if (error instanceof NodeApiError) {
		error.message = message;
		error.description = [report, error.description].filter(Boolean).join(' ');
		return error;
	}
	return new NodeOperationError(run.ctx.getNode(), message, {
		itemIndex: run.itemIndex,
		description: report,
	});
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const userId = readUserId(this, itemIndex);
	const options = readCollection(this, 'options', itemIndex);
	const run: Offboarding = {
		ctx: this,
		itemIndex,
		userId,
		keepGoing: options.continueAfterFailedStep === true,
		steps: [],
	};
	try {
		const userPath = (segment: string) => (id: string) =>
			apiPath`/v1/users/${userId}/${segment}/${id}`;
		await removeEach(
			run,
			'removeConnectionMemberships',
			async () => await membershipIds(run, 'connections'),
			userPath('connections'),
		);
		await removeEach(
			run,
			'removeGroupMemberships',
			async () => await membershipIds(run, 'groups'),
			userPath('groups'),
		);
		await removeTeamMemberships(run, options.removeTeamMemberships !== false);

		const deletion: StepReport = { step: 'deleteUser', status: 'failed' };
		run.steps.push(deletion);
		const response = await fivetranApiRequest.call(this, {
			method: 'DELETE',
			path: apiPath`/v1/users/${userId}`,
			itemIndex,
		});
		deletion.status = 'succeeded';
		deletion.message = response.message ?? '';
	} catch (error) {
		throw stoppedError(run, error);
	}
	const failedSteps = run.steps.filter((step) => step.status === 'failed');
	return {
		success: failedSteps.length === 0,
		id: userId,
		userDeleted: true,
		message: failedSteps.length
			? `User '${userId}' deleted; some memberships could not be removed first: see steps`
			: `User '${userId}' offboarded: memberships removed, then the user was deleted`,
		steps: run.steps,
	};
}
