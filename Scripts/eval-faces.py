#!/usr/bin/env python3
"""Face-finding recall and precision on dlib's labelled photos (never used by tests).

  Scripts/eval-faces.py [DEV_MEDIA]     # default ../shared/dev-media

dev-media/faces/{training,testing}.xml hold dlib's face boxes. Each image is run through
`seamscan faces` at native size; a found box counts when its IoU with a label is >= 0.5 (boxes
are compared in the landmark model's convention, which SeamScan reports), each label matched
once. Prints recall and precision per file and pooled. The share of video frames with a face,
per clip, is printed by Scripts/evaluate.py.
"""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seamscan_outputs import iou, records  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dev = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "dev-media"))
binary = os.path.join(root, ".build", "release", "seamscan")
subprocess.run(["swift", "build", "-c", "release", "--product", "seamscan"], cwd=root, check=True,
               stdout=subprocess.DEVNULL)


def photos():
    print("photos: file, labelled, found, matched, recall, precision")
    total_labels = total_found = total_matched = 0
    for xml_name in ("training.xml", "testing.xml"):
        tree = ET.parse(os.path.join(dev, "faces", xml_name))
        labels = found = matched = 0
        for image in tree.iter("image"):
            truth = [(int(b.get("left")), int(b.get("top")), int(b.get("width")), int(b.get("height")))
                     for b in image.iter("box") if b.get("ignore") != "1"]
            out = subprocess.run([binary, "faces", "--max-side", "0", os.path.join(dev, "faces", image.get("file"))],
                                 capture_output=True, text=True)
            faces = (records(out.stdout) or [{}])[-1].get("faces", [])
            boxes = [tuple(f["box"]) for f in faces]
            used = set()
            for t in truth:
                best = max(((iou(t, b), i) for i, b in enumerate(boxes) if i not in used), default=(0, None))
                if best[0] >= 0.5:
                    used.add(best[1])
            labels += len(truth)
            found += len(boxes)
            matched += len(used)
        print(f"  {xml_name}, {labels}, {found}, {matched}, {matched / max(1, labels):.3f}, {matched / max(1, found):.3f}")
        total_labels += labels
        total_found += found
        total_matched += matched
    print(f"  pooled, {total_labels}, {total_found}, {total_matched}, "
          f"{total_matched / max(1, total_labels):.3f}, {total_matched / max(1, total_found):.3f}")


photos()
