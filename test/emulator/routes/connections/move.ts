/**
 * Moving a connection to another group (2026-09 definition: connection_moved,
 * connection_moved_job_status).
 *
 * - "The connection must be paused before calling this endpoint": otherwise 409 (the status is
 *   our assumption; the definition gives none).
 * - `destination_group_id` is required; `sync_behavior` is CONTINUE, BACKFILL or
 *   CONTINUE_WITH_DATA. The answer requires `sync_behavior`; when the request leaves it out the
 *   emulator answers CONTINUE (assumption: the definition names no default).
 * - BACKFILL "resets the cursor and triggers a historical sync": the connection is paused, so
 *   the historical sync starts when it is resumed (as a re-sync of a paused connection).
 * - CONTINUE_WITH_DATA starts "an asynchronous job", `moved_at` is "Null when sync_behavior is
 *   CONTINUE_WITH_DATA (since the move runs asynchronously)", and `job_id` is followed with the
 *   job status endpoint (PENDING, IN_PROGRESS, SUCCESS, FAILED). The emulator's job starts one
 *   minute and finishes ten minutes after the request (emulator clock; durations are ours), and
 *   the connection changes group when it succeeds. The definition's restriction to Snowflake
 *   Native -> MDLS-linked Snowflake Lakehouse is not modelled.
 * - `force_move` is "Required when moving connectors whose credentials reference the source
 *   group - for example, connectors with AWS IAM external IDs": a connection whose config has
 *   `external_id` is refused without it, with the steps in the message.
 */
import {
	conflict,
	invalidInput,
	isoTime,
	notFound,
	objectBody,
	ok,
	optionalBoolean,
	requireString,
} from '../../respond';
import type { ConnectionRecord, EmulatorState } from '../../state';
import { stateScoped } from '../../stateScoped';
import { startSync } from '../../sync';
import type { Route, RouteContext } from '../../types';
import { connectionRoute, findConnection } from './common';
import { oneOf } from './fields';

const SYNC_BEHAVIORS = ['CONTINUE', 'BACKFILL', 'CONTINUE_WITH_DATA'] as const;
const JOB_START_MS = 60_000;
const JOB_DURATION_MS = 10 * 60_000;

export interface MoveJobRecord {
	id: string;
	status: 'PENDING' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILED';
	connection_id: string;
	source_group_id: string;
	destination_group_id: string;
	created_at: string;
	started_at?: string;
	completed_at?: string;
	error_message?: string;
}

const jobsOf = stateScoped(() => new Map<string, MoveJobRecord>());

/** Test helper: the ids of the move jobs started so far, oldest first. */
export function moveJobIds(state: EmulatorState): string[] {
	return [...jobsOf(state).keys()];
}

function checkMovable(connection: ConnectionRecord, forceMove: boolean): void {
	if (!connection.paused) {
		throw conflict(
			`Connection with id '${connection.id}' must be paused before it is moved to another group`,
		);
	}
	if (typeof connection.config.external_id === 'string' && !forceMove) {
		throw invalidInput(
			`Connection with id '${connection.id}' has credentials that reference its current group (AWS IAM external ID): update the IAM role's trust policy for the destination group's external ID, then move it again with 'force_move': true`,
		);
	}
}

function move(ctx: RouteContext) {
	const connection = findConnection(ctx);
	const body = objectBody(ctx.body);
	const destinationGroupId = requireString(body, 'destination_group_id');
	const syncBehavior = oneOf(body, 'sync_behavior', SYNC_BEHAVIORS) ?? 'CONTINUE';
	const forceMove = optionalBoolean(body, 'force_move') ?? false;
	if (!ctx.state.groups.has(destinationGroupId)) throw notFound('Group', destinationGroupId);
	if (destinationGroupId === connection.group_id) {
		throw invalidInput(
			`Connection with id '${connection.id}' already belongs to group '${destinationGroupId}'`,
		);
	}
	checkMovable(connection, forceMove);
	const sourceGroupId = connection.group_id;
	const answer = {
		connection_id: connection.id,
		source_group_id: sourceGroupId,
		destination_group_id: destinationGroupId,
		sync_behavior: syncBehavior,
	};
	if (syncBehavior === 'CONTINUE_WITH_DATA') {
		const job: MoveJobRecord = {
			id: ctx.state.newId('move_'),
			status: 'PENDING',
			connection_id: connection.id,
			source_group_id: sourceGroupId,
			destination_group_id: destinationGroupId,
			created_at: isoTime(ctx.now),
		};
		jobsOf(ctx.state).set(job.id, job);
		return ok({ ...answer, job_id: job.id }, 'Connection move has been started');
	}
	connection.group_id = destinationGroupId;
	if (syncBehavior === 'BACKFILL') {
		startSync(ctx.state, connection, ctx.now, { force: true, historical: true, defer: true });
	}
	return ok({ ...answer, moved_at: isoTime(ctx.now) }, 'Connection has been moved');
}

function moveJobStatus(ctx: RouteContext) {
	const connection = findConnection(ctx);
	const job = jobsOf(ctx.state).get(ctx.params.jobId);
	if (job === undefined || job.connection_id !== connection.id) {
		throw notFound('MoveJob', ctx.params.jobId);
	}
	return ok(job);
}

/** Moves each running job along the emulator clock; a finished job moves its connection. */
export function moveJobTicker(state: EmulatorState, now: number): void {
	for (const job of jobsOf(state).values()) {
		if (job.status === 'SUCCESS' || job.status === 'FAILED') continue;
		const createdAt = Date.parse(job.created_at);
		if (now >= createdAt + JOB_START_MS && job.started_at === undefined) {
			job.status = 'IN_PROGRESS';
			job.started_at = isoTime(createdAt + JOB_START_MS);
		}
		if (now >= createdAt + JOB_DURATION_MS) {
			const connection = state.connections.get(job.connection_id);
			job.completed_at = isoTime(createdAt + JOB_DURATION_MS);
			if (connection === undefined) {
				job.status = 'FAILED';
				job.error_message = 'The connection was deleted during the move';
			} else {
				job.status = 'SUCCESS';
				connection.group_id = job.destination_group_id;
			}
		}
	}
}

const MOVE = '/v1/connections/:connectionId/move';

export const moveRoutes: Route[] = [
	connectionRoute('POST', MOVE, 'MANAGE', move),
	connectionRoute('GET', `${MOVE}/:jobId`, 'READ', moveJobStatus),
];
