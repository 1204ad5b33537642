import { summaryPaths, summaryText } from '../../lib/summary-route';

export const getStaticPaths = () => summaryPaths('en');
export const GET = summaryText;
