import type { APIRoute } from 'astro';
import { getCategories } from './catalog';
import { guidePath, type Lang } from './paths';
import { qrSvg } from './qr';
import { siteUrl } from './site';

/** One QR code per guide of a language: the guide's public address, for the printed handout. */
export async function qrPaths(lang: Lang) {
  return (await getCategories(lang)).map((c) => ({
    params: { slug: c.id },
    props: { url: new URL(guidePath(c.id, undefined, lang), siteUrl()).href },
  }));
}

export const qrImage: APIRoute = async ({ props }) =>
  new Response(await qrSvg((props as { url: string }).url), { headers: { 'Content-Type': 'image/svg+xml' } });
