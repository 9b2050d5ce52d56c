/**
 * Runs `task(0..count-1)` with at most `limit` tasks in flight and returns the results in index
 * order. Workers pull the next index, so 10,000 items never means 10,000 pending promises.
 *
 * When a task throws, no new index starts; tasks already in flight finish; then the error of the
 * lowest failing index is thrown (so the message names the first failing item).
 */
export async function runBounded<T>(
	count: number,
	limit: number,
	task: (index: number) => Promise<T>,
): Promise<T[]> {
	const results = new Array<T>(count);
	let next = 0;
	let failed: { index: number; error: unknown } | undefined;
	const recordFailure = (index: number, error: unknown) => {
		if (failed === undefined || index < failed.index) failed = { index, error };
	};

	async function worker(): Promise<void> {
		while (failed === undefined && next < count) {
			const index = next++;
			try {
				results[index] = await task(index);
			} catch (error) {
				recordFailure(index, error);
			}
		}
	}

	const workers = Array.from(
		{ length: Math.max(1, Math.min(limit, count)) },
		async () => await worker(),
	);
	await Promise.all(workers);
	if (failed !== undefined) throw failed.error;
	return results;
}
