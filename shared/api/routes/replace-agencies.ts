import { agencyListSchema } from '../../domain/agency-directory';
import { directoryReplaceContract } from './directory-contracts';

export const contract = directoryReplaceContract(agencyListSchema, 'Replace the agency directory');
