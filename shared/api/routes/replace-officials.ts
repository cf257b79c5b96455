import { officialListSchema } from '../../domain/resources';
import { directoryReplaceContract } from './directory-contracts';

export const contract = directoryReplaceContract(officialListSchema, 'Replace the officials');
