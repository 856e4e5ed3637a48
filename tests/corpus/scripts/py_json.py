# py_json: json dump to a file and load back.
import json
doc = {"name": "rtrace", "items": [1, 2, 3], "nested": {"ok": True, "none": None}}
with open("doc.json", "w") as f:
    json.dump(doc, f, indent=2, sort_keys=True)
with open("doc.json") as f:
    back = json.load(f)
print(back == doc, len(open("doc.json").read()))
