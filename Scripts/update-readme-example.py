#!/usr/bin/python3
"""Rewrites the README's example records from a real run of the release binary.

  Scripts/update-readme-example.py

Runs `seamscan scan --max-frames 10 SampleMedia/astronaut-pan.mp4` and puts its video record,
frame 8 and summary into the README's example block, with hashes and the cue list shortened
(`…`), and the face network's path (in the build folder) left out, as the README explains. Tests/EndToEndTests/ReadmeTests.swift checks the block against a
real run, so rerun this whenever records change on purpose.
"""
import os
import re
import subprocess

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
subprocess.run(["swift", "build", "-c", "release", "--product", "seamscan"], cwd=root, check=True,
               stdout=subprocess.DEVNULL)
command = "seamscan scan --max-frames 10 SampleMedia/astronaut-pan.mp4"
out = subprocess.run([os.path.join(root, ".build", "release", "seamscan")] + command.split()[1:], cwd=root,
                     capture_output=True, text=True, check=True).stdout.splitlines()


def shorten_hashes(line):
    return re.sub(r'"sha256":"([0-9a-f]{8})[0-9a-f]{56}"', '"sha256":"\\1…"', line)


# the shipped face network lies in this checkout's build folder, which differs from machine to machine
video = re.sub(r'("role":"face_network","path":")[^"]*"', '\\1…"', shorten_hashes(out[0]))
frame = next(line for line in out if line.startswith('{"type":"frame","frame":8,'))
cues = re.search(r'"cues":\{(.*)\}\}\],"score"', frame).group(1)
frame = frame.replace(cues, ",".join(re.findall(r'"[^"]+":\{[^}]*\}', cues)[:2]) + ',"…":{}')
summary = shorten_hashes(out[-1])

path = os.path.join(root, "README.md")
readme = open(path, encoding="utf-8").read()
start = readme.index(f"example below is `{command}`")
block = readme.index("```json\n", start) + len("```json\n")
end = readme.index("```", block)
open(path, "w", encoding="utf-8").write(readme[:block] + "\n".join([video, frame, summary]) + "\n" + readme[end:])
