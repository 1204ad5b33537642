import type { APIRoute } from 'astro';
import { getCategories } from './catalog';
import { codeLine } from './codes';
import { ogPng, type OgProps } from './og-image';
import type { Lang } from './paths';
import { ui } from '../i18n';

/** The link-preview images of a language: one per guide, and the site's own. */
export async function ogPaths(lang: Lang) {
  const t = ui(lang);
  const site = `${t.site.name} · ${t.site.tagline}`;
  return [
    { params: { slug: 'default' }, props: { title: t.site.tagline, site } },
    ...(await getCategories(lang)).map((c) => ({
      params: { slug: c.id },
      props: {
        title: c.data.title,
        codes: codeLine(c.data, t.guide.formerly),
        reviewed: `${t.guide.lastReviewed} ${t.formatDate(c.data.reviewed)}`,
        site,
      },
    })),
  ];
}

export const ogImage: APIRoute = async ({ props }) => {
  const png = await ogPng(props as OgProps);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
