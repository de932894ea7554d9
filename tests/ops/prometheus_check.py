#!/usr/bin/python3
"""The monitoring configuration under packaging/, checked with the real tools where Debian has
them and by parsing where it does not (Grafana, Loki and promtail are not packaged):
- promtool check config (the Prometheus configuration and the rule file it loads),
- promtool test rules alerts_test.yml, and every alert of alerts.yml has a firing case and a
  quiet case there,
- every PromQL expression of the Grafana dashboards is valid (promtool checks them as recording
  rules, Grafana's $variables replaced), the datasources they name are provisioned,
- the Loki, promtail, Grafana provisioning and compose files parse, and the compose profiles hold
  the services docs/OPERATIONS.md names.
What the metrics and log fields are worth against the real programs: tests/ops/nginx_e2e.py.

Usage: prometheus_check.py SOURCE_DIR
"""

import json
import os
import subprocess
import sys
import tempfile

import yaml

from checks import check, failures

SOURCE = sys.argv[1]
PACKAGING = os.path.join(SOURCE, "packaging")


def promtool(*args):
    run = subprocess.run(["promtool", *args], capture_output=True, text=True)
    output = (run.stdout + run.stderr).strip()
    check(run.returncode == 0, f"promtool {' '.join(args)}" + ("" if run.returncode == 0
                                                              else "\n" + output))


def load_yaml(*parts):
    with open(os.path.join(PACKAGING, *parts)) as f:
        return yaml.safe_load(f)


def alerts_and_tests():
    prometheus = os.path.join(PACKAGING, "prometheus")
    promtool("check", "config", os.path.join(prometheus, "coworking.yml"))
    promtool("check", "rules", os.path.join(prometheus, "alerts.yml"))
    promtool("test", "rules", os.path.join(prometheus, "alerts_test.yml"))

    alerts = [rule["alert"] for group in load_yaml("prometheus", "alerts.yml")["groups"]
              for rule in group["rules"] if "alert" in rule]
    firing, quiet = set(), set()
    for case in load_yaml("prometheus", "alerts_test.yml")["tests"]:
        for test in case.get("alert_rule_test", []):
            (firing if test.get("exp_alerts") else quiet).add(test["alertname"])
    for alert in alerts:
        check(alert in firing and alert in quiet,
              f"alerts_test.yml: {alert} has a firing and a quiet case")
    unknown = (firing | quiet) - set(alerts)
    check(not unknown, f"alerts_test.yml names only alerts of alerts.yml ({sorted(unknown)})")


def dashboards():
    provisioned = {source["uid"] for source in
                   load_yaml("grafana", "provisioning", "datasources", "coworking.yml")["datasources"]}
    load_yaml("grafana", "provisioning", "dashboards", "coworking.yml")
    directory = os.path.join(PACKAGING, "grafana", "dashboards")
    rules = []
    for file in sorted(os.listdir(directory)):
        with open(os.path.join(directory, file)) as f:
            dashboard = json.load(f)
        ids = [panel["id"] for panel in dashboard["panels"]]
        check(len(ids) == len(set(ids)), f"{file}: panel ids are unique")
        for panel in dashboard["panels"]:
            for target in panel.get("targets", []):
                check(target["datasource"]["uid"] in provisioned,
                      f"{file}: '{panel['title']}' queries a provisioned datasource")
                expr = (target["expr"].replace("$__rate_interval", "5m")
                        .replace("$instance", ".*"))
                rules.append({"record": f"dashboard:check:{len(rules)}", "expr": expr})
    check(len(rules) >= 10, f"the dashboards query {len(rules)} expressions")
    with tempfile.NamedTemporaryFile("w", suffix=".yml") as f:
        yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}, f)
        f.flush()
        promtool("check", "rules", f.name)


def logs_and_compose():
    promtail = load_yaml("loki", "promtail.yml")
    check(all(job.get("pipeline_stages") for job in promtail["scrape_configs"]),
          "promtail.yml: every job has the JSON pipeline")
    loki = load_yaml("loki", "loki.yml")
    check(loki["server"]["http_listen_port"] == 3100, "loki.yml listens where promtail pushes")

    compose = load_yaml("compose", "compose.yaml")
    profiles = {}
    for name, service in compose["services"].items():
        for profile in service.get("profiles", []):
            profiles.setdefault(profile, set()).add(name)
    check(profiles.get("core") == {"postgres", "server1", "server2", "runner", "nginx"},
          f"compose: profile core ({sorted(profiles.get('core', []))})")
    check(profiles.get("monitoring") == {"prometheus", "grafana", "loki", "promtail"},
          f"compose: profile monitoring ({sorted(profiles.get('monitoring', []))})")
    # The files it mounts are this repository's own (one copy of each configuration).
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            host = volume.split(":", 1)[0]
            if host.startswith("."):
                path = os.path.normpath(os.path.join(PACKAGING, "compose", host))
                check(os.path.exists(path), f"compose: {name} mounts {host}, which exists")


def main():
    alerts_and_tests()
    dashboards()
    logs_and_compose()
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
