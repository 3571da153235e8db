#!/usr/bin/env bash
# Executes every notebook top to bottom; fails if any cell fails. Each notebook runs the jar
# itself (small populations). Executed copies go to target/notebook-output/executed/, the
# figures the notebooks save to target/notebook-output/*.png.
# Needs: a JDK, and Debian's jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v jupyter-nbconvert >/dev/null 2>&1 && ! command -v jupyter >/dev/null 2>&1; then
  echo "run-all.sh: jupyter nbconvert not found (apt-get install jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib)" >&2
  exit 2
fi
if [ ! -f target/capsim.jar ]; then
  mvn -q -B -DskipTests package
fi
out=target/notebook-output
mkdir -p "$out/executed"
export PYDEVD_DISABLE_FILE_VALIDATION=1
status=0
for nb in notebooks/*.ipynb; do
  echo "== $nb"
  if ! jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
        --output-dir "$out/executed" "$nb"; then
    echo "run-all.sh: $nb failed" >&2
    status=1
  fi
done
ls -1 "$out"/*.png 2>/dev/null | sed 's/^/figure: /' || true
exit $status
