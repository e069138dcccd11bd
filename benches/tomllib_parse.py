#!/usr/bin/env python3
"""The Python baseline of docs/performance.md: walk a koop repository, read and parse every
`.toml` file with tomllib, on one thread, and print how long it took. Encrypted files
(`.toml.age`) are not decrypted, hidden folders (`.git`, `.koop`) are skipped.

    python3 benches/tomllib_parse.py /tmp/keep/region    # a tree kept with KOOP_BENCH_KEEP
"""
import os
import sys
import time
import tomllib


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: tomllib_parse.py REPOSITORY")
    root = sys.argv[1]
    start = time.perf_counter()
    count = 0
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if name.endswith(".toml"):
                with open(os.path.join(folder, name), "rb") as file:
                    tomllib.load(file)
                count += 1
    elapsed = (time.perf_counter() - start) * 1000
    print(f"{count} files parsed in {elapsed:.1f} ms")


if __name__ == "__main__":
    main()
