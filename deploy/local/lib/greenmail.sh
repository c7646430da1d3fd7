# shellcheck shell=bash
# GreenMail for deploy/local/platform: an SMTP server and its HTTP API (what was sent), on the
# ports file's greenmail-smtp and greenmail. Sourced by it after common.sh.

GREENMAIL_API="http://127.0.0.1:${PORT[greenmail]}"

greenmail_ready() { http_ok "$GREENMAIL_API/api/service/readiness"; }

start_greenmail() {
  forget_if_dead greenmail
  if is_alive greenmail; then say "greenmail already running (pid $(pid_of greenmail))"; return 0; fi
  require_free_port greenmail
  port_open "${PORT[greenmail-smtp]}" && die "port ${PORT[greenmail-smtp]} is taken by a process this script did not start; cannot start greenmail"
  say "starting greenmail (SMTP 127.0.0.1:${PORT[greenmail-smtp]}, API 127.0.0.1:${PORT[greenmail]})"
  # GreenMail keeps every mail in its heap: 128 MB gave out after about 20,000 notices. 512 MB
  # holds about 80,000; bench and the fault suite delete the mailboxes they counted, `test` and
  # `bench` purge at their start, and `purge-mail` empties it during a long demo.
  start_bg greenmail java -Xmx"${PLATFORM_GREENMAIL_HEAP:-512m}" \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="${PORT[greenmail-smtp]}" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="${PORT[greenmail]}" \
    -Dgreenmail.auth.disabled -jar "$DIST/greenmail-standalone.jar"
}

wait_greenmail() {
  wait_ready greenmail greenmail_ready
  say "greenmail ready"
}

# Deletes every mail GreenMail holds (it keeps them in its heap).
purge_mail() {
  curl -fsS --max-time 60 -X POST -o /dev/null "$GREENMAIL_API/api/mail/purge" ||
    die "GreenMail did not purge its mail (is it running? deploy/local/platform status)"
  say "greenmail: every mail deleted"
}

stop_greenmail() { stop_pid greenmail; }
