import { qrImage, qrPaths } from '../../lib/qr-route';

export const getStaticPaths = () => qrPaths('en');
export const GET = qrImage;
