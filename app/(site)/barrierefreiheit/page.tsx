import { LegalPage, legalMetadata } from '@/components/legal/legal-page';

export const generateMetadata = () => legalMetadata('accessibility');

export default function Page() {
  return <LegalPage kind="accessibility" />;
}
