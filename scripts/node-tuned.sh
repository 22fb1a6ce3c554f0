#!/bin/sh
# Starts node the way the long-running processes (API and worker) are meant to run, then becomes it (exec: same pid,
# signals go straight to it). `npm start`, `npm run start:prod` and `npm run worker` use it; bench/memory.mjs measures
# it against bare `node` (README, "Memory"). What each setting is for:
#  - glibc malloc, at most 2 arenas: otherwise each thread that mallocs (V8's compiler threads, the libuv pool) gets
#    a 64 MB arena of its own that keeps what it freed;
#  - a fixed mmap threshold (which also stops glibc from raising it after the first large free): buffers over 128 KiB
#    are mapped and go back to the system when freed, instead of fragmenting the heap;
#  - V8 semi-spaces of 8 MB (default 16): the young generation is committed at its largest size once it has grown;
#  - V8 heap growing factor 1.75: after a full collection the next one comes when the heap has grown by 75 % of what
#    was live, not by up to four times; a 1M-row CSV report then grows the process by ~80 MB instead of ~260 MB
#    (1.5 gave ~55 MB but cost 20 % of its speed; 2.0 ~90 MB);
#  - one WebAssembly compilation thread (PGlite's 9 MB module): parallel compile jobs leave their zone memory
#    scattered over malloc's heap (about 40 MB that stays resident); start-up time did not change;
#  - 2 V8 platform threads (default 4: concurrent marking, sweeping and compilation), each with its own stacks and
#    buffers; about 4 MB, and no change in request or report speed measured on 2 cores.
# An operator's own GLIBC_TUNABLES wins; flags in NODE_OPTIONS still apply.
: "${GLIBC_TUNABLES:=glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072}"
export GLIBC_TUNABLES
exec node --max-semi-space-size=8 --heap-growing-percent=75 --wasm-num-compilation-tasks=1 --v8-pool-size=2 "$@"
