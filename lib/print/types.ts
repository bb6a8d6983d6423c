/** One registration as printed on the sign-in sheet and the badges. */
export interface PrintRow {
  id: string;
  title: string | null;
  firstName: string;
  lastName: string;
  organization: string | null;
  ticketCode: string;
  /** Titles of the person's confirmed workshops in time order (printed on the badge). */
  workshops: string[];
}

/** The event facts printed in headers and on badges. */
export interface PrintEvent {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  venueName: string;
}

/** The bookable session a sign-in sheet or a set of badges is printed for. */
export interface PrintSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  room: string | null;
}
