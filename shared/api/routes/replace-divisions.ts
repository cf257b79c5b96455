import { divisionListSchema } from '../../domain/divisions';
import { directoryReplaceContract } from './directory-contracts';

export const contract = directoryReplaceContract(
  divisionListSchema,
  "Replace the Department's divisions and their addresses",
);
