import dev from './dev';
import prod from './prod';
import { parseStageConfig, type StageConfig } from './schema';

const stages: Record<string, Record<string, unknown>> = { dev, prod };

/** A stage's file as written, before validation. */
export function stageData(stage: string): Record<string, unknown> {
  const data = stages[stage];
  if (!data)
    throw new Error(`No stage "${stage}": use -c stage=${Object.keys(stages).join(' or -c stage=')}.`);
  return data;
}

/** The configuration of `-c stage=…` (dev when not given), validated; context values override it. */
export function stageConfig(stage: string, overrides: Record<string, unknown> = {}): StageConfig {
  return parseStageConfig(stage, { ...stageData(stage), ...overrides });
}
