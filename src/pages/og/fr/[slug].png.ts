import { ogImage, ogPaths } from '../../../lib/og-route';

export const getStaticPaths = () => ogPaths('fr');
export const GET = ogImage;
