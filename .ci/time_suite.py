"""Run the README's test command and record how long it took on this machine in `.ci/suite-times.json`, one entry per
kind of machine (a CPU with or without bfloat16, or a GPU), which `nbs/index.ipynb` shows in the README.
Usage: python .ci/time_suite.py nbdev-test --n-workers 2"""
import json, os, signal, subprocess, sys, time
from datetime import date
from pathlib import Path
import torch
from cbir.models import cpu_has_bf16
from cbir.runtime import describe_device, matmul_tflops

cmd = sys.argv[1:]
kind = 'GPU' if torch.cuda.is_available() else 'CPU with bfloat16' if cpu_has_bf16() else 'CPU without bfloat16'
run = dict(command=' '.join(cmd), kind=kind, machine=describe_device(), matmul_tflops=round(matmul_tflops(), 3))
print(f"machine: {run['machine']}; matrix product: {run['matmul_tflops']:.2f} TFLOPS", flush=True)
t, limit = time.time(), float(os.environ.get('CBIR_SUITE_LIMIT', 4800))  # CI is given 5,400 s in all, installing included
proc = subprocess.Popen(cmd, start_new_session=True)
try: rc = proc.wait(timeout=limit)
except KeyboardInterrupt: os.killpg(proc.pid, signal.SIGKILL); raise  # the suite runs in a session of its own: Ctrl-C ends it too
except subprocess.TimeoutExpired:  # a test that hangs leaves a worker that cannot exit: say so, rather than run out CI's time
    os.killpg(proc.pid, signal.SIGKILL); proc.wait(); rc = 124
    print(f"the suite ran past {limit:.0f} s and was stopped: a test hangs (a cell that timed out leaves its thread, and its "
          "notebook's worker cannot exit); run the notebooks one at a time to find it", file=sys.stderr, flush=True)
run.update(seconds=round(time.time() - t), passed=rc == 0, date=str(date.today()),
           commit=subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip())
fn = Path(__file__).parent/'suite-times.json'
runs = json.loads(fn.read_text()) if fn.exists() else {}
if rc == 0: runs[kind] = run; fn.write_text(json.dumps(runs, indent=1) + '\n')
print(json.dumps(run))
sys.exit(rc)
