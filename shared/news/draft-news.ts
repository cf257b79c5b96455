/**
 * The news item the Information Centre publishes on the Department's portal after a visit (the
 * yearly plan on external information, Mục III.3), drafted from the records: who came, who received
 * them, what was discussed, agreed and signed, what comes next. In Vietnamese, and in English from
 * the English names the registration holds, marked for an editor's review (nothing is machine
 * translated). A visit whose compliance check found a sensitive topic gets no draft at all.
 */
import { localDateOf } from '../compliance/calendar';
import type { Issuer } from '../config/issuer';
import { ending, headOf } from '../documents/visit-facts';
import type { Delegation } from '../domain/delegation';
import { is, visitOver } from '../domain/lifecycle';
import type { Meeting } from '../domain/meeting';
import type { Official } from '../domain/resources';
import { countryName, dateVi } from '../notifications/vietnamese';
import { onFirstUse } from '../on-first-use';

export interface NewsFacts {
  delegation: Delegation;
  /** The visit's meetings; only those held (scheduled, not cancelled) are reported. */
  meetings: readonly Meeting[];
  officials: readonly Official[];
  issuer: Issuer;
}

export interface NewsText {
  title: string;
  /** The opening paragraph a portal shows under the title (sa-pô). */
  lead: string;
  body: string[];
}

export interface NewsDraft {
  vi: NewsText;
  /** Written from the English names and titles on record: an editor reviews it before publication. */
  en: NewsText & { needsReview: true };
}

/** Why a visit has no news draft: the Office's screen says so; nobody outside sees it. */
export type NoNews = 'sensitive' | 'visit-not-over' | 'report-not-filed';

/**
 * The compliance summary records `sensitive` since the rule learned to say so; a visit checked
 * before has no flag and is treated as sensitive (an unpublished visit costs less than a published
 * sensitive one), as the news email does.
 */
export const mayPublish = (delegation: Pick<Delegation, 'compliance'>) =>
  delegation.compliance?.sensitive === false;

/**
 * Whether a visit may have its news drafted now: after it is over and, where the host division owes
 * a results report (POST_VISIT_REPORT), once the report is filed, so the news says what was agreed.
 */
export function whyNoNews(delegation: Delegation, reportOwed: boolean): NoNews | undefined {
  if (!mayPublish(delegation)) return 'sensitive';
  if (!is(visitOver, delegation.status)) return 'visit-not-over';
  if (reportOwed && !delegation.visitReport) return 'report-not-filed';
  return undefined;
}

const held = (facts: NewsFacts) =>
  facts.meetings
    .filter((meeting) => meeting.status === 'scheduled')
    .toSorted((a, b) => a.start.localeCompare(b.start));

/** The most senior official who received the delegation: the first meeting's first official. */
function host(facts: NewsFacts): Official | undefined {
  const ids = held(facts).flatMap((meeting) => meeting.officialIds);
  return ids.map((id) => facts.officials.find((official) => official.id === id)).find(Boolean);
}

/** The day of the first meeting held, else of the arrival. */
const when = (facts: NewsFacts) => dateVi(held(facts)[0]?.start ?? facts.delegation.visit.arrival);

/** "5 January 2027", the day in Hưng Yên. */
const englishDates = onFirstUse(
  () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const englishDate = (instant: string) => englishDates().format(new Date(`${localDateOf(instant)}T00:00:00Z`));
const englishCountries = onFirstUse(() => new Intl.DisplayNames(['en'], { type: 'region' }));
const countryEn = (code: string) => englishCountries().of(code) ?? code;

function vietnamese(facts: NewsFacts): NewsText {
  const { delegation, issuer } = facts;
  const partner = delegation.partner.nameVi ?? delegation.partner.name;
  const country = countryName(delegation.partner.country);
  const head = headOf(delegation);
  const headTitle = head?.titleVi ?? head?.title;
  const address = head?.sex === 'female' ? 'bà ' : head?.sex === 'male' ? 'ông ' : '';
  const led = head
    ? ` do ${address}${head.fullName}${headTitle ? `, ${headTitle}` : ''} làm trưởng đoàn`
    : '';
  const official = host(facts);
  const receiver = official ? `đồng chí ${official.fullName}, ${official.title}` : undefined;
  const department = issuer.fullName;
  const lead = receiver
    ? `Ngày ${when(facts)}, tại ${department}, ${receiver} đã tiếp và làm việc với đoàn ${partner} (${country})${led}.`
    : `Ngày ${when(facts)}, ${department} đã tiếp và làm việc với đoàn ${partner} (${country})${led}.`;
  const report = delegation.visitReport;
  const body = [
    ending(`Nội dung chuyến thăm: ${delegation.purpose}`),
    delegation.topics.length
      ? ending(`Tại buổi làm việc, hai bên đã trao đổi về: ${delegation.topics.join('; ')}`)
      : '',
    report ? ending(report.summary) : '',
    report?.outcomes.length ? ending(`Kết quả chính: ${report.outcomes.join('; ')}`) : '',
    report?.agreementsSigned.length ? ending(`Hai bên đã ký kết: ${report.agreementsSigned.join('; ')}`) : '',
    // The actions only: who owes them and by when are the Office's business, not the public's.
    report?.followUpActions.length
      ? ending(
          `Thời gian tới, hai bên thống nhất triển khai: ${report.followUpActions.map((step) => step.action).join('; ')}`,
        )
      : '',
  ].filter(Boolean);
  return { title: `${department} tiếp và làm việc với đoàn ${partner} (${country})`, lead, body };
}

/**
 * Only what the record holds in English: the partner's own name, the head's English title, the
 * country. The body (what was discussed and agreed, typed in Vietnamese) is the editor's to write.
 */
function english(facts: NewsFacts): NewsText {
  const { delegation, issuer } = facts;
  const partner = delegation.partner.name;
  const country = countryEn(delegation.partner.country);
  const head = headOf(delegation);
  const led = head ? `, led by ${head.fullName}${head.title ? `, ${head.title}` : ''}` : '';
  return {
    title: `${issuer.fullNameEn} receives a delegation from ${partner} (${country})`,
    lead: `On ${englishDate(held(facts)[0]?.start ?? delegation.visit.arrival)}, ${issuer.fullNameEn} received a delegation from ${partner} (${country})${led}.`,
    body: [],
  };
}

export function draftNews(facts: NewsFacts): NewsDraft {
  return { vi: vietnamese(facts), en: { ...english(facts), needsReview: true } };
}
