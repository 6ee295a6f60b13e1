#!/usr/bin/python3
"""Records checked against `seamscan schema` with Debian's python3-jsonschema: the one check of the
record contract that Scripts/fuzz.py, CI (Scripts/check-schema.py) and the Swift tests (RecordSchemaTests) share.

  Scripts/seamscan_schema.py --binary .build/debug/seamscan FILE...   # JSON Lines files; - is standard input
  Scripts/seamscan_schema.py --schema schema.json FILE...
Prints `FILE:LINE: where: what` for each problem; exit 0 when every record validates, 1 otherwise.
"""
import argparse
import json
import subprocess
import sys

import jsonschema


def validator(schema):
    """A draft 2020-12 validator of one record; the schema itself is checked first."""
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def from_binary(binary):
    """The validator of the records `binary` writes, from its `seamscan schema`."""
    text = subprocess.run([binary, "schema"], check=True, capture_output=True, text=True).stdout
    return validator(json.loads(text))


def problems(check, record):
    """`where: what` for each way `record` is off the schema; empty when it validates."""
    found = []
    for error in sorted(check.iter_errors(record), key=lambda e: list(e.absolute_path)):
        # anyOf (a nullable value) says only "not valid under any": the value's own branch says why.
        branches = [e for e in error.context if e.validator_value != "null"] or error.context
        detail = jsonschema.exceptions.best_match(branches) if branches else error
        found.append(f"{error.json_path}: {detail.message}")
    return found


def check_lines(check, lines, name):
    """Problems of the records of one JSON Lines text, as `name:LINE: where: what`."""
    found = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            found.append(f"{name}:{number}: not JSON ({error})")
            continue
        found += [f"{name}:{number}: {p}" for p in problems(check, record)]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--binary", help="take the schema from BINARY schema")
    source.add_argument("--schema", help="a schema file that `seamscan schema` wrote")
    parser.add_argument("files", nargs="+", help="JSON Lines files; - for standard input")
    options = parser.parse_args()
    if options.binary:
        check = from_binary(options.binary)
    else:
        with open(options.schema, encoding="utf-8") as f:
            check = validator(json.load(f))
    found = []
    for name in options.files:
        if name == "-":
            found += check_lines(check, sys.stdin.read().splitlines(), "-")
        else:
            with open(name, encoding="utf-8") as f:
                found += check_lines(check, f.read().splitlines(), name)
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
