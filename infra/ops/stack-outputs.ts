import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { stageConfig } from '../config';

/** The outputs a deployed stage printed (ApiUrl, UserPoolId, …), read back from CloudFormation. */
export async function stackOutputs(
  stage: string,
): Promise<{ region: string; outputs: Record<string, string> }> {
  const { region } = stageConfig(stage);
  const stackName = `HungYenDelegations-${stage}`;
  const client = new CloudFormationClient({ region });
  const { Stacks } = await client.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputs = Object.fromEntries(
    (Stacks?.[0]?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']),
  );
  return { region, outputs };
}

/** One output by the start of its key (CDK adds a hash to outputs declared in nested constructs). */
export function output(outputs: Record<string, string>, name: string): string {
  const key = Object.keys(outputs).find((candidate) => candidate === name || candidate.startsWith(name));
  if (!key) throw new Error(`The stack has no output ${name}: is it deployed with this version?`);
  return outputs[key] as string;
}
