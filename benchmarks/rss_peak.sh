#!/bin/bash
# Peak memory of a benchmark with all its processes (main, Dask nanny and workers): runs the
# command in its own process group, adds up the group's RSS every 2 s, writes OUT (stdout),
# OUT.err and OUT.mem (the last line: exit status and peak_total_rss_mib), and stops the group
# above LIMIT_MIB so a runaway run cannot starve the machine. Used for benchmarks/archive.md:
#   benchmarks/rss_peak.sh 14000 /tmp/b100k -- python benchmarks/bench_archive.py --sizes 100000 --paths dask --no-header
limit=$1; out=$2; shift 3
setsid "$@" > $out 2>$out.err &
pid=$!
peak=0
while kill -0 $pid 2>/dev/null; do
  pgid=$(ps -o pgid= -p $pid | tr -d ' ')
  [ -z "$pgid" ] && break
  total=$(ps -e -o pgid=,rss= | awk -v g=$pgid '$1==g {s+=$2} END {print int(s/1024)}')
  [ "$total" -gt "$peak" ] && peak=$total
  echo "$(date +%T) total_rss_mib=$total peak=$peak" > $out.mem
  if [ "$total" -gt "$limit" ]; then echo "KILLED over $limit MiB" >> $out.mem; kill -- -$pgid; fi
  sleep 2
done
wait $pid; echo "rc=$? peak_total_rss_mib=$peak" >> $out.mem
