import { qrImage, qrPaths } from '../../../lib/qr-route';

export const getStaticPaths = () => qrPaths('fr');
export const GET = qrImage;
