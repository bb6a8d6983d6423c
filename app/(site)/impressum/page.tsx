import { LegalPage, legalMetadata } from '@/components/legal/legal-page';

export const generateMetadata = () => legalMetadata('imprint');

export default function Page() {
  return <LegalPage kind="imprint" />;
}
