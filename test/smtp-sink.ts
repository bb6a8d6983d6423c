import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** Resolves with the first message (already received or arriving later) that matches. */
  waitFor: (match: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>;
  close: () => Promise<void>;
}

export interface SmtpSinkOptions {
  port?: number;
  onMessage?: (mail: ParsedMail) => void;
  /**
   * Runs after a message is received and before the server answers "250 accepted"; a test can hold a
   * mail here. If the client disconnects meanwhile, the message was never accepted and is not recorded.
   */
  beforeAccept?: (mail: ParsedMail, connection: { closed: Promise<void> }) => Promise<void>;
}

/** A real SMTP listener on loopback that parses every message it accepts. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  const closedSessions = new Set<string>();
  const closeWaiters = new Map<string, () => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
      closeWaiters.get(session.id)?.();
    },
    onData(stream, session, callback) {
      simpleParser(stream, { skipImageLinks: true })
        .then(async (mail) => {
          const closed = new Promise<void>((resolve) => {
            if (closedSessions.has(session.id)) resolve();
            else closeWaiters.set(session.id, resolve);
          });
          await options.beforeAccept?.(mail, { closed });
          closeWaiters.delete(session.id);
          if (closedSessions.has(session.id)) return;
          envelopes.set(
            mail,
            session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          );
          messages.push(mail);
          options.onMessage?.(mail);
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  // A client that disconnects mid-message (e.g. a server being stopped) is not the sink's failure.
  server.on('error', () => undefined);
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No matching mail within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const envelopes = new WeakMap<ParsedMail, string[]>();

/** The SMTP envelope recipients (RCPT TO) of a mail the sink accepted: who really receives it. */
export function envelopeRecipientsOf(mail: ParsedMail): string[] {
  return envelopes.get(mail) ?? [];
}

/** The e-mail addresses a parsed mail was sent to. */
export function recipientsOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((t) => t.value.map((v) => (v.address ?? '').toLowerCase()));
}
