#!/usr/bin/env python3
"""Checks the dependency rule: every edge between the project's libraries in the target graph
(`cmake --graphviz`) must be listed in cmake/LayerManifest.cmake, and no server source may include
a header of a folder whose library its own library does not link.

usage: check_layers.py <source dir> <build dir> [--write-dot docs/targets.dot]
"""
import os
import re
import subprocess
import sys


def manifest(source):
    text = open(os.path.join(source, 'cmake', 'LayerManifest.cmake')).read()
    allowed = {}
    for entry in re.findall(r'"([^"]+)"', text):
        name, _, deps = entry.partition(':')
        allowed[name] = set(deps.split())
    return allowed


def graph_edges(build, targets):
    out = os.path.join(os.path.abspath(build), 'architecture', 'targets.dot')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    subprocess.run(['cmake', f'--graphviz={out}', '.'], cwd=build, check=True,
                   stdout=subprocess.DEVNULL)
    text = open(out).read()
    # An aliased target reads "server_app\n(coworking_server)": its first line is the name.
    names = {node: label.split('\\n')[0]
             for node, label in re.findall(r'"(node\d+)" \[ label = "([^"]+)"', text)}
    edges = set()
    for a, b in re.findall(r'"(node\d+)" -> "(node\d+)"', text):
        src, dst = names.get(a), names.get(b)
        if src in targets and dst in targets:
            edges.add((src, dst))
    return edges


def include_violations(source, allowed):
    """A server header included from a folder whose library is not linked (directly or below)."""
    server = os.path.join(source, 'server')
    folder_of = {}
    for folder in os.listdir(server):
        path = os.path.join(server, folder)
        if os.path.isdir(path):
            for f in os.listdir(path):
                if f.endswith('.h'):
                    folder_of[f] = folder

    def reachable(lib):
        seen, todo = set(), [lib]
        while todo:
            for dep in allowed.get(todo.pop(), ()):
                if dep not in seen:
                    seen.add(dep)
                    todo.append(dep)
        return seen

    problems = []
    for folder in sorted(set(folder_of.values())):
        lib = 'server_' + folder
        visible = {folder} | {d[len('server_'):] for d in reachable(lib) if d.startswith('server_')}
        for f in sorted(os.listdir(os.path.join(server, folder))):
            for n, line in enumerate(open(os.path.join(server, folder, f)), 1):
                m = re.match(r'\s*#\s*include\s+"([^"/]+)"', line)
                if m and m.group(1) in folder_of and folder_of[m.group(1)] not in visible:
                    problems.append(f'server/{folder}/{f}:{n}: includes {m.group(1)} of '
                                    f'server_{folder_of[m.group(1)]}, not linked by {lib}')
    return problems


def manifest_cycle(allowed):
    """A cycle in the manifest itself, or None: the allowed edges must form layers."""
    state = {}

    def visit(node, path):
        state[node] = 'open'
        for dep in sorted(allowed.get(node, ())):
            if state.get(dep) == 'open':
                return path + [node, dep]
            if dep not in state:
                found = visit(dep, path + [node])
                if found:
                    return found
        state[node] = 'done'
        return None

    for node in sorted(allowed):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def write_dot(path, edges):
    with open(path, 'w') as out:
        out.write('// The project\'s targets and their link edges, from `cmake --graphviz`\n')
        out.write('// (tests/architecture/check_layers.py --write-dot). An edge points down a layer.\n')
        out.write('digraph coworking {\n    rankdir = BT;\n    node [shape = box];\n')
        for src, dst in sorted(edges):
            out.write(f'    "{src}" -> "{dst}";\n')
        out.write('}\n')


def main():
    source, build = sys.argv[1], sys.argv[2]
    allowed = manifest(source)
    problems = []
    cycle = manifest_cycle(allowed)
    if cycle:
        problems.append('cmake/LayerManifest.cmake has a cycle: ' + ' -> '.join(cycle))
    edges = graph_edges(build, set(allowed))
    if len(sys.argv) > 4 and sys.argv[3] == '--write-dot':
        write_dot(sys.argv[4], edges)
    for src, dst in sorted(edges):
        if dst not in allowed[src]:
            problems.append(f'edge {src} -> {dst} is not in cmake/LayerManifest.cmake')
    problems += include_violations(source, allowed)
    for p in problems:
        print(p)
    print(f'{len(problems)} violation(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
