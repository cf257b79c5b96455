import { describe, expect, it, vi } from 'vitest';
import { logger } from '../../shared/observability/logger';
import { eachItem } from '../../shared/use-cases/each-item';

describe('A scheduled job over many visits', () => {
  it('skips the one it cannot handle, logs its id, and handles every other', async () => {
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const handled = await eachItem('visit-progress', [{ id: 'A' }, { id: 'BROKEN' }, { id: 'C' }], (item) => {
      if (item.id === 'BROKEN') throw new Error('reportDueOn: invalid date');
      return item.id;
    });
    expect(handled).toEqual(['A', 'C']);
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('Skipped'),
      expect.objectContaining({ job: 'visit-progress', id: 'BROKEN' }),
    );
    logged.mockRestore();
  });
});
