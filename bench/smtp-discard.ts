// A real SMTP listener for benchmarks, run as its own process: it accepts every message and throws it away
// unparsed, so receiving mail costs the load generator's process nothing. Prints its port on stdout.
import { SMTPServer } from 'smtp-server';

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      received++;
      callback();
    });
    stream.resume();
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  console.log(typeof address === 'object' && address ? address.port : 0);
});
process.on('SIGTERM', () => {
  console.error(`[smtp-discard] ${received} messages received`);
  server.close(() => process.exit(0));
});
