import { roomListSchema } from '../../domain/resources';
import { directoryReplaceContract } from './directory-contracts';

export const contract = directoryReplaceContract(roomListSchema, 'Replace the meeting rooms');
