import dev from './dev';
import prod from './prod';
import { parseStageConfig, type StageConfig } from './schema';

const stages: Record<string, unknown> = { dev, prod };

/** The configuration of `-c stage=…` (dev when not given), validated; context values override it. */
export function stageConfig(stage: string, overrides: Record<string, unknown> = {}): StageConfig {
  const data = stages[stage];
  if (!data)
    throw new Error(`No stage "${stage}": use -c stage=${Object.keys(stages).join(' or -c stage=')}.`);
  return parseStageConfig(stage, { ...data, ...overrides });
}
