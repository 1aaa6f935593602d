#!/bin/bash
# Submits a sweep as a Slurm array of SHARDS tasks and a merge job that waits for all of them.
#   SWEEP=scenarios/sweeps/metro-fleet-and-shaking.yaml SHARDS=8 scenarios/cluster/submit-slurm.sh
set -euo pipefail
here=$(dirname "$0")
SHARDS=${SHARDS:-8}
export SWEEP=${SWEEP:-scenarios/sweeps/metro-fleet-and-shaking.yaml}
export OUT=${OUT:-results/$(basename "$SWEEP" .yaml)-sweep}
array=$(sbatch --parsable --export=ALL --array="1-$SHARDS" "$here/sweep-shards.sbatch")
sbatch --export=ALL --dependency="afterok:$array" "$here/sweep-merge.sbatch"
echo "shards: job $array (1-$SHARDS); results in $OUT/merged"
