#!/bin/sh
# Alertmanager 0.25 cannot read environment variables in its configuration, so docker-compose starts it through
# this script: it writes alertmanager.yml with the webhook URLs taken from the environment, then runs Alertmanager
# on the result (all arguments are passed on).
#   ALERT_WEBHOOK_DEFAULT_URL  receiver "default" (info and unrouted alerts)  placeholder http://alert-webhook:5001/alerts
#   ALERT_WEBHOOK_PAGE_URL     receiver "oncall"  (severity=page)             placeholder http://alert-webhook:5001/page
#   ALERT_WEBHOOK_TICKET_URL   receiver "ticket"  (severity=warning)          placeholder http://alert-webhook:5001/ticket
# An unset or empty variable keeps the placeholder (a host that does not exist on the compose network: alerts are
# then only visible in Alertmanager's UI on :9093). `render-config.sh --render IN OUT` only renders (CI test).
set -eu

render() {
  for url in "${ALERT_WEBHOOK_DEFAULT_URL:-}" "${ALERT_WEBHOOK_PAGE_URL:-}" "${ALERT_WEBHOOK_TICKET_URL:-}"; do
    case "$url" in
      *"'"* | *"\\"*) echo "render-config.sh: webhook URL must not contain a quote or a backslash: $url" >&2; exit 2 ;;
    esac
  done
  awk -v d="${ALERT_WEBHOOK_DEFAULT_URL:-}" -v p="${ALERT_WEBHOOK_PAGE_URL:-}" -v t="${ALERT_WEBHOOK_TICKET_URL:-}" '
    function swap(s, from, to,   i) {
      if (to == "") return s
      i = index(s, from)
      return i ? substr(s, 1, i - 1) to substr(s, i + length(from)) : s
    }
    {
      $0 = swap($0, "http://alert-webhook:5001/alerts", d)
      $0 = swap($0, "http://alert-webhook:5001/page", p)
      $0 = swap($0, "http://alert-webhook:5001/ticket", t)
      print
    }' "$1" > "$2"
}

if [ "${1:-}" = "--render" ]; then
  render "$2" "$3"
  exit 0
fi

out=/alertmanager/alertmanager.rendered.yml
render /etc/alertmanager/alertmanager.yml "$out"
exec /bin/alertmanager --config.file="$out" "$@"
