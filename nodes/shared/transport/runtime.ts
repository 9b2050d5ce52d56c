import { sleep } from 'n8n-workflow';

/**
 * Time and randomness used by the retry loop. Unit tests replace these (jest.spyOn) so that
 * back-off and Retry-After waits never sleep for real.
 */
export const transportRuntime = {
	sleep: async (ms: number): Promise<void> => await sleep(ms),
	now: (): number => Date.now(),
	random: (): number => Math.random(),
};
