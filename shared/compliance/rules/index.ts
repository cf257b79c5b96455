import type { RuleDefinition } from '../rule';
import { agreementSigning, aidOffer } from './agreements';
import { conferencePrimeMinister, conferenceProvince, conferenceReport } from './conferences';
import { meetingOnDayOff } from './meeting-days';
import { ngoRegistration } from './ngo';
import { pressConference, pressPermit } from './press';
import { gifts, highLevelReception, memberData } from './reception';
import { restrictedArea } from './security';
import { religiousActivity, sensitiveTopic, stateSecrets } from './sensitive';
import { accommodationDeclaration, guestListToPolice, leadTime, postVisitReport } from './timing';

/** Every rule of the regulations reference, in its order. */
export const rules: readonly RuleDefinition[] = [
  leadTime,
  conferencePrimeMinister,
  conferenceProvince,
  conferenceReport,
  sensitiveTopic,
  religiousActivity,
  ngoRegistration,
  pressPermit,
  pressConference,
  restrictedArea,
  stateSecrets,
  highLevelReception,
  agreementSigning,
  aidOffer,
  guestListToPolice,
  accommodationDeclaration,
  memberData,
  postVisitReport,
  gifts,
  meetingOnDayOff,
];
