import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { roles } from '../../shared/manifest';

interface FakeUser {
  username: string;
  attributes: { Name: string; Value: string }[];
  enabled: boolean;
  status: string;
  groups: Set<string>;
}

/**
 * An in-memory stand-in for the Cognito user-pool admin API, speaking its JSON protocol so the real
 * SDK client (and the `users` command) talk to it unchanged. There is no open-source Cognito server;
 * this holds only what the user commands use.
 */
export interface CognitoFake {
  endpoint: string;
  userPoolId: string;
  users: Map<string, FakeUser>;
  /** Every call, by operation name, with its input. */
  calls: { operation: string; input: any }[];
  stop(): Promise<void>;
}

class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startCognitoFake(): Promise<CognitoFake> {
  const userPoolId = 'ap-southeast-1_LocalPool';
  const users = new Map<string, FakeUser>();
  const calls: CognitoFake['calls'] = [];
  const find = (username: string) => {
    const user = users.get(username);
    if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
    return user;
  };
  const operations: Record<string, (input: any) => unknown> = {
    AdminCreateUser(input) {
      if (users.has(input.Username))
        throw new CognitoError('UsernameExistsException', 'User account already exists');
      users.set(input.Username, {
        username: input.Username,
        attributes: input.UserAttributes ?? [],
        enabled: true,
        status: 'FORCE_CHANGE_PASSWORD',
        groups: new Set(),
      });
      return { User: { Username: input.Username, UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true } };
    },
    AdminAddUserToGroup(input) {
      if (!roles.includes(input.GroupName))
        throw new CognitoError('ResourceNotFoundException', 'Group not found.');
      find(input.Username).groups.add(input.GroupName);
      return {};
    },
    AdminDisableUser(input) {
      find(input.Username).enabled = false;
      return {};
    },
    AdminListGroupsForUser(input) {
      return { Groups: [...find(input.Username).groups].map((GroupName) => ({ GroupName })) };
    },
    ListUsers() {
      return {
        Users: [...users.values()].map((user) => ({
          Username: user.username,
          Attributes: user.attributes,
          Enabled: user.enabled,
          UserStatus: user.status,
        })),
      };
    },
  };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      const input = JSON.parse(body || '{}');
      calls.push({ operation, input });
      response.setHeader('content-type', 'application/x-amz-json-1.1');
      try {
        const handler = operations[operation];
        if (!handler) throw new CognitoError('UnknownOperationException', operation);
        if (input.UserPoolId !== userPoolId)
          throw new CognitoError('ResourceNotFoundException', 'User pool does not exist.');
        response.end(JSON.stringify(handler(input)));
      } catch (error) {
        response.statusCode = 400;
        const type = error instanceof CognitoError ? error.type : 'InternalErrorException';
        response.end(JSON.stringify({ __type: type, message: (error as Error).message }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    userPoolId,
    users,
    calls,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
