import type { APIRoute } from 'astro';
import { changesFeed } from '../../lib/feed';

export const GET: APIRoute = ({ site }) => changesFeed('en', site!);
