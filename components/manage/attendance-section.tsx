import { slotOptions } from '@/components/registrations/session-options';
import type { Attendance } from '@/lib/attendance/queries';
import type { AttendanceFormat } from '@/lib/events/modes';
import type { Locale } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { BookableSession } from '@/lib/sessions/queries';
import { ModeSwitch } from './mode-switch';
import { SessionChangeForm } from './session-change-form';

interface Props {
  token: string;
  /** Confirmed or waitlisted, before the start: only then mode and workshops can change. */
  changeable: boolean;
  attendance: Attendance;
  options: { attendanceFormat: AttendanceFormat; sessionChoice: 'optional' | 'required'; sessions: BookableSession[] };
  locale: Locale;
  dictionary: Dictionary;
}

/** The manage page's parts about how the person attends: switching mode (hybrid) and changing workshops (on site). */
export function AttendanceSection({ token, changeable, attendance, options, locale, dictionary }: Props) {
  const t = dictionary.sessions;
  const hybrid = options.attendanceFormat === 'hybrid';
  const onsite = attendance.mode === 'onsite';
  const slots = onsite ? slotOptions(options.sessions, locale) : [];
  const booked = attendance.sessions.filter((s) => s.status === 'confirmed').map((s) => s.id);
  return (
    <>
      {hybrid ? (
        <section aria-labelledby="mode-heading" className="card stack">
          <h2 id="mode-heading">{t.manage.modeHeading}</h2>
          <p>{fill(t.manage.modeCurrent, { mode: t.modeInText[attendance.mode] })}</p>
          {changeable ? (
            <>
              <p>{t.manage.switchIntro}</p>
              <ModeSwitch
                token={token}
                target={onsite ? 'online' : 'onsite'}
                dropsWorkshops={onsite && attendance.sessions.length > 0}
                t={t}
                unexpected={dictionary.manage.unexpected}
              />
            </>
          ) : null}
        </section>
      ) : null}
      {slots.length > 0 && changeable ? (
        <section aria-labelledby="sessions-heading" className="card stack">
          <h2 id="sessions-heading">{t.manage.sessionsHeading}</h2>
          <p>{attendance.sessions.length === 0 ? t.manage.sessionsNone : t.manage.changeIntro}</p>
          <SessionChangeForm
            key={attendance.sessions.map((s) => `${s.id}:${s.status}`).join()}
            token={token}
            slots={slots}
            current={attendance.sessions.map((s) => s.id)}
            held={booked}
            required={options.sessionChoice === 'required'}
            t={t}
            unexpected={dictionary.manage.unexpected}
          />
        </section>
      ) : null}
    </>
  );
}
