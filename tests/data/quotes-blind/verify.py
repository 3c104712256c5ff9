"""Re-check every span of annotations.jsonl against the Scrapinghub benchmark texts.

Usage: python verify.py [ground-truth.json]
Default ground truth: ../shared/ beside the checkout: data/extraction/scrapinghub-article-extraction-benchmark/ground-truth.json
(or the path in $SCRAPINGHUB_GROUND_TRUTH). Exits 1 on any mismatch.
"""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = str(Path(__file__).resolve().parents[4] / "shared/data/extraction/scrapinghub-article-extraction-benchmark/ground-truth.json")
KEYS = ["start", "end", "text", "direct", "source", "source_start", "source_end", "speaker",
        "cue", "cue_start", "cue_end", "role", "affiliation"]


def main() -> int:
    gt_path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SCRAPINGHUB_GROUND_TRUTH", DEFAULT)
    gt = json.loads(Path(gt_path).read_text(encoding="utf-8"))
    errors, n_art, n_att = [], 0, 0
    for line_no, line in enumerate((HERE / "annotations.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        n_art += 1
        where = f"line {line_no} ({rec['id'][:12]})"
        if rec["id"] not in gt:
            errors.append(f"{where}: id not in ground truth")
            continue
        if rec.get("dataset") != "scrapinghub" or rec.get("url") != gt[rec["id"]]["url"]:
            errors.append(f"{where}: dataset/url mismatch")
        body = gt[rec["id"]]["articleBody"]
        for i, a in enumerate(rec["attributions"]):
            n_att += 1
            w = f"{where} #{i}"
            missing = [k for k in KEYS if k not in a]
            if missing:
                errors.append(f"{w}: missing keys {missing}")
                continue
            if body[a["start"]:a["end"]] != a["text"] or not a["text"]:
                errors.append(f"{w}: content span does not match: {a['text'][:40]!r}")
            for name in ("source", "cue"):
                val, s, e = a[name], a[f"{name}_start"], a[f"{name}_end"]
                if val is None:
                    if s is not None or e is not None:
                        errors.append(f"{w}: {name} is null but has offsets")
                    continue
                if body[s:e] != val:
                    errors.append(f"{w}: {name} span does not match: {val!r} vs {body[s:e]!r}")
                if s < a["end"] and e > a["start"]:
                    errors.append(f"{w}: {name} overlaps the content")
            if a["cue"] is None and a["source"] is not None:
                errors.append(f"{w}: source without cue")
    for err in errors:
        print(err)
    print(f"{n_art} articles, {n_att} attributions, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
