import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getCategories } from '../../lib/catalog';
import { codeLine } from '../../lib/codes';
import { formatDate } from '../../lib/dates';
import { ogSvg } from '../../lib/og-image';
import { en } from '../../i18n/en';

export async function getStaticPaths() {
  const categories = await getCategories();
  return [
    { params: { slug: 'default' }, props: { title: en.site.tagline } },
    ...categories.map((c) => ({ params: { slug: c.id }, props: { title: c.data.title, codes: codeLine(c.data), reviewed: formatDate(c.data.reviewed) } })),
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const png = await sharp(Buffer.from(ogSvg(props as { title: string }))).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
