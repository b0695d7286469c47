#!/usr/bin/python3
"""Canonical JSONL releases -> scriptindex dump format (field=value lines, '=' continuation
lines for newlines, a blank line between records), with the derived date fields
bench/releases.scriptindex expects. Preparation for the benchmark; not timed."""
import json
import sys


def main(src, dst):
    with open(src, encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as out:
        for line in fin:
            if not line.strip():
                continue
            doc = json.loads(line)
            date = doc.get("date", "")[:10]
            if len(date) == 10:
                doc["date8"] = date.replace("-", "")
                doc["year"] = date[:4]
                doc["month"] = date[:7]
            for key, value in doc.items():
                if isinstance(value, bool) or value == "":
                    continue
                out.write(key + "=" + str(value).replace("\n", "\n=") + "\n")
            out.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: jsonl_to_scriptindex.py IN.jsonl OUT.dump")
    main(sys.argv[1], sys.argv[2])
