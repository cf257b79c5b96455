import type { Delegation } from '../domain/delegation';
import { statusNameOf } from '../domain/status-names';

/** A visit as one line of the worklist or the calendar: who comes, when, and in what state. */
export const visitLine = (delegation: Delegation) => ({
  id: delegation.id,
  receiptNumber: delegation.receiptNumber,
  partner: {
    name: delegation.partner.name,
    nameVi: delegation.partner.nameVi,
    country: delegation.partner.country,
  },
  arrival: delegation.visit.arrival,
  departure: delegation.visit.departure,
  status: delegation.status,
  statusVi: statusNameOf(delegation),
});
