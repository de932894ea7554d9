#!/usr/bin/python3
""".gitlab-ci.yml against scripts/test.sh (what .ci/run runs): every step of test.sh is run by
exactly one GitLab job (its TEST_STEPS), no job claims a step test.sh does not have, and the job
runs the step's command as test.sh does (the same program and arguments, presets and PostgreSQL
version substituted). Fails with the difference, so a step added, renamed or changed on one side
only is caught by ctest (label "ops").

Usage: gitlab_ci_check.py SOURCE_DIR
"""

import os
import re
import shlex
import sys

import yaml

from checks import check, failures

SOURCE = sys.argv[1]


def normalize(text):
    """A command with its quotes gone and spaces collapsed: the same command compares equal
    whether written at the top level or inside a `bash -c '...'`, quoted either way."""
    return " ".join(re.sub(r"[\"']", "", text).split())


def test_sh():
    with open(os.path.join(SOURCE, "scripts/test.sh")) as f:
        text = f.read()
    presets = re.findall(r"^presets=\((\w+)\)", text, re.M)
    presets += re.findall(r"^\s*presets\+=\((\w+)\)", text, re.M)
    pg_version = re.search(r"^PG_VERSION=(\S+)", text, re.M).group(1)
    functions = {m.group(1): m.group(2) for m in
                 re.finditer(r"^(\w+)\(\)\n\{\n(.*?)^\}", text, re.M | re.S)}

    steps = {}  # name -> list of command fragments a job must contain
    for line in text.splitlines():
        if line.lstrip().startswith("#") or re.match(r"^\w+\(\)", line):
            continue
        for call in re.finditer(r"\bstep\s+(.*?)(?=\s*(?:\|\||&&|;|$))", line):
            words = shlex.split(call.group(1))
            loop = "$preset" in call.group(1)
            for preset in (presets if loop else [None]):
                def expand(s):
                    s = s.replace("$PG_VERSION", pg_version)
                    return s.replace("$preset", preset) if preset else s
                name = re.sub(r"\s*\(.*\)$", "", expand(words[0]))
                command = [expand(w) for w in words[1:]]
                if command[0] in functions:
                    steps[name] = function_fragments(functions[command[0]], command[1:],
                                                     pg_version)
                else:
                    steps[name] = [" ".join(command)]
    return steps, presets


def function_fragments(body, args, pg_version):
    """The commands a function step runs, as fragments of its body with its arguments and
    variables substituted: the tools and their options, not test.sh's own bookkeeping."""
    body = body.replace('"$PG_VERSION"', pg_version)
    for i, arg in enumerate(args, start=1):
        body = body.replace(f'"${i}"', arg).replace(f"${i}", arg)
    fragments = []
    for pattern in (r"git ls-files[^|\n]*\|\s*xargs[^\n]*", r"pg_virtualenv [^'\n]*?(?= bash)",
                    r"psql [^|\n]*?btree_gist\"", r"exec ctest --preset \w+"):
        fragments += [normalize(m.group(0)) for m in re.finditer(pattern, body)]
    return fragments


def main():
    steps, presets = test_sh()
    check(len(presets) >= 2 and len(steps) >= 9,
          f"test.sh read: presets {presets}, steps {sorted(steps)}")
    with open(os.path.join(SOURCE, ".gitlab-ci.yml")) as f:
        gitlab = yaml.safe_load(f)
    claimed = {}
    for name, job in gitlab.items():
        if not isinstance(job, dict) or "script" not in job:
            continue
        check(job.get("stage") in gitlab["stages"], f"job {name!r}: its stage is declared")
        wanted = [s.strip() for s in job.get("variables", {}).get("TEST_STEPS", "").split(";")
                  if s.strip()]
        check(bool(wanted), f"job {name!r} names the test.sh steps it runs")
        script = [normalize(line) for line in job["script"]]
        for step in wanted:
            check(step not in claimed, f"step {step!r} is run by one job only")
            claimed[step] = name
            check(step in steps, f"job {name!r}: test.sh has a step {step!r}")
            for fragment in steps.get(step, []):
                check(any(fragment in line for line in script),
                      f"job {name!r} runs {step!r} as test.sh does: {fragment}")
    for step in sorted(steps):
        check(step in claimed, f"test.sh's step {step!r} has a GitLab job")
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
