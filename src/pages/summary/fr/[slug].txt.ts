import { summaryPaths, summaryText } from '../../../lib/summary-route';

export const getStaticPaths = () => summaryPaths('fr');
export const GET = summaryText;
