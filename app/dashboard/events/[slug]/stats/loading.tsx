import { LoadingState } from '@/components/dashboard/loading-state';

export default function Loading() {
  return <LoadingState label="Statistik wird berechnet …" />;
}
