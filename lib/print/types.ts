/** One registration as printed on the sign-in sheet and the badges. */
export interface PrintRow {
  id: string;
  title: string | null;
  firstName: string;
  lastName: string;
  organization: string | null;
  ticketCode: string;
}

/** The event facts printed in headers and on badges. */
export interface PrintEvent {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  venueName: string;
}
