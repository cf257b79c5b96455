/**
 * A visit's news item for the portal: what the Office, leadership and the Information Centre see
 * and may do (GET), each step (POST, under the news item's own If-Match), and its files.
 */
import { createEvent } from '../../events/envelope';
import {
  NewsApprovedV1,
  NewsPublishedV1,
  NewsReturnedV1,
  NewsSubmittedV1,
} from '../../events/news-events.v1';
import type { Issuer } from '../config/issuer';
import type { Actor } from '../domain/actor';
import type { Attachment } from '../domain/attachment';
import type { Delegation } from '../domain/delegation';
import { ConflictError, StaleVersionError, UnprocessableError } from '../domain/errors';
import type { NewsContent, NewsItem, NewsPhoto, NewsStatus } from '../domain/news-item';
import type { Official } from '../domain/resources';
import { draftNews, type NoNews, whyNoNews } from '../news/draft-news';
import { newsDocx, newsHtml } from '../news/news-files';
import {
  applyNewsCommand,
  type NewsCommand,
  type NewsInput,
  newsCommandsFor,
  REPORT_OWED,
} from '../news/news-workflow';
import { partnerName } from '../notifications/vietnamese';
import { DOWNLOAD_SECONDS } from './attachments';
import { commandOnDelegation } from './delegation-command';
import { DOCX_TYPE, partnerSlug } from './draft-documents';
import type { Attachments, FileLinks } from './ports/attachments';
import type { DelegationStore } from './ports/delegation-store';
import type { DirectoryStore } from './ports/directory';
import type { Meetings } from './ports/meetings';
import { requireDelegation } from './require-delegation';

export interface NewsDeps {
  delegations: Pick<DelegationStore, 'get'>;
  meetings: Pick<Meetings, 'list'>;
  officials: Pick<DirectoryStore<Official>, 'get'>;
  issuer: Issuer;
  /** The dossier, for the photos chosen to publish, and links to download them. */
  attachments: Pick<Attachments, 'get'>;
  files: Pick<FileLinks, 'downloadUrl'>;
}

/** A photo chosen for the portal, as the view gives it. */
export interface ViewedPhoto {
  attachmentId: string;
  caption: string;
  fileName: string;
  download: { url: string; expiresAt: string };
}

export interface NewsView extends Partial<NewsContent> {
  delegationId: string;
  /** The partner's name: "Viện KIST (Korea Institute of Science and Technology)". */
  partner: string;
  /** "none" while nobody saved the draft the records give. */
  status: NewsStatus | 'none';
  /** The ETag: 0 until the first step. */
  version: number;
  edited?: NewsItem['edited'];
  submitted?: NewsItem['submitted'];
  decided?: NewsItem['decided'];
  published?: NewsItem['published'];
  photos: ViewedPhoto[];
  /** Why the visit has no news item (yet): the Office's screen explains it. */
  unavailable?: NoNews;
  /** The steps the caller may take now; the console offers exactly these. */
  commands: NewsCommand[];
}

/** The saved text, or the draft the records give while nobody saved one (the records are read only then). */
async function contentOf(delegation: Delegation, deps: NewsDeps): Promise<NewsContent> {
  if (delegation.news) return delegation.news;
  const [meetings, officials] = await Promise.all([deps.meetings.list(delegation.id), deps.officials.get()]);
  return draftNews({ delegation, meetings, officials: officials.items, issuer: deps.issuer });
}

/** A dossier photo fit to publish: kept (not refused or deleted), and an image. */
const publishable = (attachment: Attachment | undefined): attachment is Attachment =>
  attachment?.status === 'available' && attachment.kind === 'photo';

/** The dossier's record of each photo, in order (undefined where there is none). */
const dossierRecords = (delegationId: string, photos: readonly NewsPhoto[], deps: NewsDeps) =>
  Promise.all(photos.map((photo) => deps.attachments.get(delegationId, photo.attachmentId)));

/** The chosen photos still in the dossier, with their file names (a photo deleted since is left out). */
async function chosenPhotos(delegation: Delegation, deps: NewsDeps) {
  const photos = delegation.news?.photos ?? [];
  const records = await dossierRecords(delegation.id, photos, deps);
  return photos.flatMap((photo, index) => {
    const record = records[index];
    return publishable(record) ? [{ ...photo, record }] : [];
  });
}

/** The photos an edit chooses must be photos of this visit's dossier, kept there (422 names each one that is not). */
async function checkPhotos(delegationId: string, photos: readonly NewsPhoto[], deps: NewsDeps) {
  const records = await dossierRecords(delegationId, photos, deps);
  const issues = records.flatMap((record, index) =>
    publishable(record)
      ? []
      : [{ path: `photos.${index}.attachmentId`, message: 'Not a photo kept in this visit’s dossier' }],
  );
  if (issues.length) throw new UnprocessableError('A chosen photo is not in the dossier.', { issues });
}

async function viewOf(
  delegation: Delegation,
  actor: Actor,
  deps: NewsDeps,
  now = new Date(),
): Promise<NewsView> {
  const unavailable = whyNoNews(delegation, REPORT_OWED);
  const { news } = delegation;
  const content = news || !unavailable ? await contentOf(delegation, deps) : undefined;
  return {
    delegationId: delegation.id,
    partner: partnerName(delegation),
    status: news?.status ?? 'none',
    version: news?.version ?? 0,
    ...(content ? { vi: content.vi, en: content.en } : {}),
    ...(news
      ? { edited: news.edited, submitted: news.submitted, decided: news.decided, published: news.published }
      : {}),
    photos: await Promise.all(
      (await chosenPhotos(delegation, deps)).map(async ({ record, ...photo }) => ({
        ...photo,
        fileName: record.fileName,
        download: {
          url: await deps.files.downloadUrl(
            record.objectKey,
            record.objectVersion,
            record.fileName,
            DOWNLOAD_SECONDS,
          ),
          expiresAt: new Date(now.getTime() + DOWNLOAD_SECONDS * 1000).toISOString(),
        },
      })),
    ),
    ...(unavailable ? { unavailable } : {}),
    commands: newsCommandsFor(delegation, actor.roles),
  };
}

export async function viewNews(id: string, actor: Actor, deps: NewsDeps): Promise<NewsView> {
  return viewOf(await requireDelegation(deps.delegations, id), actor, deps);
}

/** The event each step but an edit puts on the visit's timeline. */
function eventsOf(
  next: Delegation,
  news: NewsItem,
  input: NewsInput,
  context: { actor: Actor; correlationId: string; now: Date },
) {
  const data = { delegationId: next.id, version: next.version, title: news.vi.title };
  const about = { ...context, delegationId: next.id, aggregateVersion: next.version };
  switch (input.command) {
    case 'submit':
      return [createEvent(NewsSubmittedV1, data, about)];
    case 'approve':
      return [createEvent(NewsApprovedV1, { ...data, ...(input.note ? { note: input.note } : {}) }, about)];
    case 'return':
      return [createEvent(NewsReturnedV1, { ...data, note: input.note }, about)];
    case 'publish':
      return [createEvent(NewsPublishedV1, { ...data, url: input.url }, about)];
    case 'edit':
      return [];
  }
}

/** One step of the news item, if it is still at the version the person read (If-Match). */
export async function changeNews(
  id: string,
  input: NewsInput,
  context: { actor: Actor; correlationId: string; now: Date; expectedVersion: number },
  deps: NewsDeps & { delegations: DelegationStore },
): Promise<NewsView> {
  if (input.command === 'edit' && input.photos) await checkPhotos(id, input.photos, deps);
  const saved = await commandOnDelegation(id, undefined, deps.delegations, async (current) => {
    const version = current.news?.version ?? 0;
    if (version !== context.expectedVersion)
      throw new StaleVersionError(
        `The news item was changed since you read it (version ${version}, not ${context.expectedVersion}); reload it.`,
        { currentVersion: version },
      );
    const draft = await contentOf(current, deps);
    const news = applyNewsCommand(current, input, () => draft, context.actor, context.now);
    const next: Delegation = {
      ...current,
      news,
      version: current.version + 1,
      updatedAt: context.now.toISOString(),
    };
    const events = eventsOf(next, news, input, context);
    return { next, options: { previous: current, events } };
  });
  return viewOf(saved, context.actor, deps);
}

export const HTML_TYPE = 'text/html; charset=utf-8';

/** The news item as HTML for the portal's editor or a .docx for reading; none for a visit without one. */
export async function newsFile(
  id: string,
  format: 'docx' | 'html',
  deps: NewsDeps,
  now: Date,
): Promise<{ content: Buffer; type: string; fileName: string }> {
  const delegation = await requireDelegation(deps.delegations, id);
  const unavailable = whyNoNews(delegation, REPORT_OWED);
  // A visit found sensitive after its news was saved gets no file either: nothing of it is published.
  if (unavailable === 'sensitive' || (unavailable && !delegation.news))
    throw new ConflictError(`This visit has no news item: ${unavailable}.`, { reason: unavailable });
  const [content, chosen] = await Promise.all([contentOf(delegation, deps), chosenPhotos(delegation, deps)]);
  const photos = chosen.map(({ caption, record }) => ({ caption, fileName: record.fileName }));
  const name = `Tin-bai-${partnerSlug(delegation.partner)}`;
  return format === 'html'
    ? { content: Buffer.from(newsHtml(content, photos), 'utf8'), type: HTML_TYPE, fileName: `${name}.html` }
    : {
        content: newsDocx(
          content,
          { title: content.vi.title, creator: deps.issuer.fullName, created: now },
          photos,
        ),
        type: DOCX_TYPE,
        fileName: `${name}.docx`,
      };
}
