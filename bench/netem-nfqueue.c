// A userspace stand-in for `tc qdisc ... netem delay D J loss L` on kernels built without sch_netem: packets that
// nftables sends to NFQUEUE <queue> are held D ± J ms (uniform) and then accepted, or dropped with probability L %.
// Verdicts are given out of order, so every packet gets its own delay, as with netem.
// Build: gcc -O2 -o netem-nfqueue bench/netem-nfqueue.c -lnetfilter_queue   (apt-get install libnetfilter-queue-dev)
// Run:   netem-nfqueue <queue> <delay_ms> <jitter_ms> <loss_percent>         (bench/engine-netns.mjs does both)
#include <arpa/inet.h>
#include <errno.h>
#include <libnetfilter_queue/libnetfilter_queue.h>
#include <linux/netfilter.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

struct held {
  double due;
  uint32_t id;
};

static struct held *heap;
static size_t heap_len, heap_cap;
static double delay_ms, jitter_ms, loss;
static struct nfq_q_handle *queue;
static volatile sig_atomic_t stop;
static unsigned long accepted, dropped;

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void push(struct held item) {
  if (heap_len == heap_cap) {
    heap_cap = heap_cap ? heap_cap * 2 : 4096;
    heap = realloc(heap, heap_cap * sizeof *heap);
  }
  size_t i = heap_len++;
  while (i > 0 && heap[(i - 1) / 2].due > item.due) {
    heap[i] = heap[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  heap[i] = item;
}

static struct held pop(void) {
  struct held top = heap[0], last = heap[--heap_len];
  size_t i = 0;
  for (;;) {
    size_t child = 2 * i + 1;
    if (child >= heap_len) break;
    if (child + 1 < heap_len && heap[child + 1].due < heap[child].due) child++;
    if (heap[child].due >= last.due) break;
    heap[i] = heap[child];
    i = child;
  }
  if (heap_len) heap[i] = last;
  return top;
}

static int on_packet(struct nfq_q_handle *qh, struct nfgenmsg *msg, struct nfq_data *nfa, void *data) {
  (void)msg;
  (void)data;
  struct nfqnl_msg_packet_hdr *hdr = nfq_get_msg_packet_hdr(nfa);
  if (!hdr) return 0;
  uint32_t id = ntohl(hdr->packet_id);
  if (drand48() * 100.0 < loss) {
    dropped++;
    return nfq_set_verdict(qh, id, NF_DROP, 0, NULL);
  }
  double jitter = jitter_ms ? (drand48() * 2.0 - 1.0) * jitter_ms : 0;
  push((struct held){.due = now_ms() + delay_ms + jitter, .id = id});
  return 0;
}

static void on_signal(int sig) {
  (void)sig;
  stop = 1;
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s <queue> <delay_ms> <jitter_ms> <loss_percent>\n", argv[0]);
    return 2;
  }
  int queue_num = atoi(argv[1]);
  delay_ms = atof(argv[2]);
  jitter_ms = atof(argv[3]);
  loss = atof(argv[4]);
  srand48((long)time(NULL) ^ (long)getpid());
  signal(SIGTERM, on_signal);
  signal(SIGINT, on_signal);

  struct nfq_handle *h = nfq_open();
  if (!h) return perror("nfq_open"), 1;
  nfq_unbind_pf(h, AF_INET);
  if (nfq_bind_pf(h, AF_INET) < 0) return perror("nfq_bind_pf"), 1;
  queue = nfq_create_queue(h, queue_num, &on_packet, NULL);
  if (!queue) return perror("nfq_create_queue"), 1;
  if (nfq_set_mode(queue, NFQNL_COPY_META, 0) < 0) return perror("nfq_set_mode"), 1;
  nfq_set_queue_maxlen(queue, 1 << 16);
  nfq_set_queue_flags(queue, NFQA_CFG_F_FAIL_OPEN, NFQA_CFG_F_FAIL_OPEN);
  int fd = nfq_fd(h);
  int size = 64 << 20;
  setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size);
  printf("ready\n");
  fflush(stdout);

  char buf[65536];
  while (!stop) {
    double now = now_ms();
    while (heap_len && heap[0].due <= now) {
      struct held item = pop();
      nfq_set_verdict(queue, item.id, NF_ACCEPT, 0, NULL);
      accepted++;
    }
    int timeout = heap_len ? (int)(heap[0].due - now) + 1 : 100;
    struct pollfd pfd = {.fd = fd, .events = POLLIN};
    if (poll(&pfd, 1, timeout) > 0) {
      for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n > 0) nfq_handle_packet(h, buf, (int)n);
        else if (n < 0 && errno == ENOBUFS) continue; // the kernel dropped some (fail-open accepts them)
        else break;
      }
    }
  }
  while (heap_len) nfq_set_verdict(queue, pop().id, NF_ACCEPT, 0, NULL);
  fprintf(stderr, "netem-nfqueue: %lu accepted, %lu dropped\n", accepted, dropped);
  nfq_destroy_queue(queue);
  nfq_close(h);
  return 0;
}
