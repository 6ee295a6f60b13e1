#!/usr/bin/python3
"""CI's check of the record contract on real output: every record of a scan of SampleMedia/ (and of two
awkward names: one not UTF-8, one with a control character), of `faces` and of `synth` validates against
`seamscan schema`, and the output names Scripts/seamscan_outputs.py computes are those the scan wrote.

  Scripts/check-schema.py --binary .build/debug/seamscan [--scan-args "--threads 1"]
Exit status: 0 when all holds, 1 otherwise (each problem printed).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import seamscan_outputs
import seamscan_schema

HERE = os.path.dirname(os.path.abspath(__file__))


def run(binary, arguments):
    """A command's standard output as lines; exit 0 expected."""
    result = subprocess.run([binary] + arguments, capture_output=True, check=False)
    if result.returncode != 0:
        sys.exit(f"check-schema: seamscan {' '.join(arguments)} exited {result.returncode}: "
                 f"{result.stderr.decode(errors='replace')[-500:]}")
    return result.stdout.decode().splitlines()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--sample-media", default=os.path.join(HERE, "..", "SampleMedia"))
    parser.add_argument("--scan-args", default="", help="extra arguments for `scan`, e.g. '--threads 1'")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    check = seamscan_schema.from_binary(binary)
    problems = []
    with tempfile.TemporaryDirectory(prefix="seamscan-schema-") as work:
        inputs = os.path.join(work, "inputs")
        shutil.copytree(options.sample_media, inputs)
        still = os.path.join(inputs, "astronaut.jpg")
        for odd in (b"caf\xe9.jpg", b"two\tcolumns.jpg"):
            shutil.copyfile(still, os.path.join(os.fsencode(inputs), odd))
        out = os.path.join(work, "out")
        run(binary, ["scan", "--quiet"] + options.scan_args.split() + [inputs, "--output-dir", out])
        names = sorted(os.listdir(os.fsencode(inputs)))
        for name in names:
            expected = seamscan_outputs.output_name(os.path.join(os.fsencode(inputs), name))
            if not os.path.isfile(os.path.join(out, expected)):
                problems.append(f"no output {expected!r} for {name!r}: Scripts/seamscan_outputs.py and "
                                "ScanFolderLayout disagree")
        outputs = sorted(n for n in os.listdir(out) if seamscan_outputs.is_output_name(n))
        if len(outputs) != len(names):
            problems.append(f"{len(outputs)} outputs for {len(names)} inputs")
        for output in outputs:
            with open(os.path.join(out, output), encoding="utf-8") as f:
                problems += seamscan_schema.check_lines(check, f.read().splitlines(), output)
        rows = seamscan_outputs.summary_rows(os.path.join(out, seamscan_outputs.SUMMARY_NAME)) or []
        if sorted(row["output"] for row in rows) != outputs:
            problems.append("summary.csv does not list every output once")
        faces = run(binary, ["faces", still])
        problems += seamscan_schema.check_lines(check, faces, "faces")
        synth = run(binary, ["synth", still, "--kind", "generator", "--seed", "1",
                             "--output", os.path.join(work, "fake.png")])
        problems += seamscan_schema.check_lines(check, synth, "synth")
    for problem in problems:
        print(problem)
    print(f"check-schema: {len(outputs)} scan outputs, `faces` and `synth` checked: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
