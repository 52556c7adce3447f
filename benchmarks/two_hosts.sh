#!/usr/bin/env bash
# Coding on a Dask cluster of two hosts: the scheduler and the client on one, the workers on another, each
# with its own network stack (two Linux network namespaces joined by a virtual Ethernet pair), so that every
# message between them crosses a network interface as between two machines. Checks that the cluster stores
# exactly the events the local engine stores, and prints the time and the client's peak memory.
#
#     sudo bash benchmarks/two_hosts.sh [INPUT.jsonl] [WORKERS]
#
# Needs root (ip netns), the shadowline[dask] extra and GNU time; default input: the bundled example corpus,
# 2 worker processes. The namespaces are removed on exit.
set -euo pipefail
input="${1:-$(python3 -c 'import shadowline.examples as e, pathlib; print(pathlib.Path(e.__file__).parent / "france_azerbaijan.jsonl")')}"
workers="${2:-2}"
host1=shadowline-host1 host2=shadowline-host2
addr1=10.77.0.1 addr2=10.77.0.2
work="$(mktemp -d)"

cleanup() {
    ip netns pids "$host1" 2>/dev/null | xargs -r kill 2>/dev/null || true
    ip netns pids "$host2" 2>/dev/null | xargs -r kill 2>/dev/null || true
    sleep 1
    ip netns del "$host1" 2>/dev/null || true
    ip netns del "$host2" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$host1"
ip netns add "$host2"
ip link add sl-veth1 type veth peer name sl-veth2
ip link set sl-veth1 netns "$host1"
ip link set sl-veth2 netns "$host2"
ip -n "$host1" addr add "$addr1/24" dev sl-veth1
ip -n "$host2" addr add "$addr2/24" dev sl-veth2
for host in "$host1" "$host2"; do ip -n "$host" link set lo up; done
ip -n "$host1" link set sl-veth1 up
ip -n "$host2" link set sl-veth2 up

ip netns exec "$host1" dask scheduler --host "$addr1" --port 8786 --dashboard-address "$addr1:8787" \
    > "$work/scheduler.log" 2>&1 &
sleep 5
ip netns exec "$host2" dask worker "tcp://$addr1:8786" --host "$addr2" --nworkers "$workers" --nthreads 1 \
    > "$work/worker.log" 2>&1 &
for _ in $(seq 60); do
    [ "$(grep -c 'Register worker' "$work/scheduler.log" || true)" -ge "$workers" ] && break
    sleep 1
done
echo "workers on $addr2 registered with the scheduler on $addr1: $(grep -c 'Register worker' "$work/scheduler.log")"

/usr/bin/time -f "%e %M" -o "$work/time" ip netns exec "$host1" \
    shadowline ingest "$input" --db "$work/cluster.duckdb" --engine dask --scheduler "tcp://$addr1:8786" \
    > "$work/cluster.out" 2>&1
shadowline ingest "$input" --db "$work/local.duckdb" > "$work/local.out" 2>&1

events() {  # every event of a store, as sorted JSON lines
    shadowline events --db "$1" --format jsonl --limit 1000000 | python3 -c '
import json, sys
print("\n".join(sorted(json.dumps(json.loads(line), sort_keys=True) for line in sys.stdin)))'
}
events "$work/cluster.duckdb" > "$work/cluster.jsonl"
events "$work/local.duckdb" > "$work/local.jsonl"
read -r seconds peak_kb < "$work/time"
echo "cluster: $(tail -n 1 "$work/cluster.out")"
echo "local:   $(tail -n 1 "$work/local.out")"
echo "two hosts, $workers workers: ${seconds} s wall for the client, client peak RSS $((peak_kb / 1024)) MB"
if cmp -s "$work/cluster.jsonl" "$work/local.jsonl"; then
    echo "same events as the local engine: yes ($(wc -l < "$work/local.jsonl") events)"
else
    echo "same events as the local engine: NO"
    diff "$work/local.jsonl" "$work/cluster.jsonl" | head -20
    exit 1
fi
