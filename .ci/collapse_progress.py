#!/usr/bin/env python
"Collapse the carriage-return redraws of progress bars in saved notebook outputs to what a terminal shows at the end"
import json, re, sys
from pathlib import Path

def collapse(text:str) -> str:
    "Each line as a terminal leaves it: the part after its last carriage return; lines left blank are dropped"
    lines = [l.rsplit('\r', 1)[-1] for l in text.split('\n')]
    return '\n'.join(l for i, l in enumerate(lines) if l.strip() or i == len(lines) - 1)

def main(paths:list) -> int:
    for p in map(Path, paths):
        nb = json.loads(p.read_text())
        changed = False
        for c in nb['cells']:
            outs = []
            for o in c.get('outputs', []):
                if o.get('output_type') == 'stream':
                    old = ''.join(o['text']); new = collapse(old)
                    if new != old: o['text'], changed = new.splitlines(True), True
                    if not new.strip(): changed = True; continue  # nothing left but redraws
                outs.append(o)
            if 'outputs' in c: c['outputs'] = outs
        if changed:
            p.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
            print(f'{p}: progress redraws collapsed')
    return 0

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
