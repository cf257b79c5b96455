/** One visit's news item on its own: where the Information Centre reads, downloads and records the publication. */
import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ok } from '../api';
import { useApi } from '../context';
import { usePageTitle } from '../page-title';
import { NewsPanel, newsKey } from '../visit/NewsPanel';

export default function NewsItemPage() {
  const { id = '' } = useParams();
  const api = useApi();
  // The panel asks the same; the cache answers both.
  const news = useQuery({
    queryKey: newsKey(id),
    queryFn: () => ok(api.GET('/delegations/{id}/news', { params: { path: { id } } })),
  });
  const title = news.data ? `Tin bài về đoàn ${news.data.partner}` : 'Tin bài của đoàn';
  usePageTitle(title);
  return (
    <>
      <Link to="/tin-bai">← Tin bài đã duyệt</Link>
      <Typography.Title level={1} style={{ fontSize: 26, marginTop: 12 }}>
        {title}
      </Typography.Title>
      <NewsPanel delegationId={id} />
    </>
  );
}
