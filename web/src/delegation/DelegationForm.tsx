/**
 * The registration as the Office types it from the partner's letter, a section per part of the
 * letter (sections/); used to register and to edit.
 */
import { Form, type FormInstance } from 'antd';
import type { FormValues } from './form-values';
import { HospitalityCard } from './HospitalityCard';
import { ActivitiesSection } from './sections/ActivitiesSection';
import { ContactSection } from './sections/ContactSection';
import { ItinerarySection } from './sections/ItinerarySection';
import { MembersSection } from './sections/MembersSection';
import { PartnerSection } from './sections/PartnerSection';
import { SourceLetterSection } from './sections/SourceLetterSection';
import { VisitSection } from './sections/VisitSection';

export function DelegationForm({ form, initial }: { form: FormInstance<FormValues>; initial?: FormValues }) {
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      scrollToFirstError
      initialValues={
        initial ?? {
          members: [{ role: 'head', rank: 'other' }],
          protocolLevel: 'working_visit',
          channel: 'state',
          hospitality: { costSharing: 'guests_pay_meals_rooms', banquet: false },
        }
      }
    >
      <SourceLetterSection />
      <PartnerSection form={form} />
      <VisitSection />
      <HospitalityCard />
      <ItinerarySection form={form} />
      <ActivitiesSection form={form} />
      <MembersSection form={form} />
      <ContactSection />
    </Form>
  );
}
