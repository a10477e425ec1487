"""Run the README's test command and record how long it took on this machine in `.ci/suite-times.json`, one entry per
kind of machine (a CPU with or without bfloat16, or a GPU), which `nbs/index.ipynb` shows in the README.
Usage: python .ci/time_suite.py nbdev-test --n-workers 2"""
import json, subprocess, sys, time
from datetime import date
from pathlib import Path
import torch
from cbir.models import cpu_has_bf16
from cbir.runtime import describe_device, matmul_tflops

cmd = sys.argv[1:]
kind = 'GPU' if torch.cuda.is_available() else 'CPU with bfloat16' if cpu_has_bf16() else 'CPU without bfloat16'
run = dict(command=' '.join(cmd), kind=kind, machine=describe_device(), matmul_tflops=round(matmul_tflops(), 3))
print(f"machine: {run['machine']}; matrix product: {run['matmul_tflops']:.2f} TFLOPS", flush=True)
t = time.time()
rc = subprocess.run(cmd).returncode
run.update(seconds=round(time.time() - t), passed=rc == 0, date=str(date.today()),
           commit=subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip())
fn = Path(__file__).parent/'suite-times.json'
runs = json.loads(fn.read_text()) if fn.exists() else {}
if rc == 0: runs[kind] = run; fn.write_text(json.dumps(runs, indent=1) + '\n')
print(json.dumps(run))
sys.exit(rc)
