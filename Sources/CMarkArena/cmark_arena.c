#include "cmark_arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// A block of the arena. Each allocation is preceded by its size, for realloc.
typedef struct block {
  struct block *next;
  size_t size;
  size_t used;
  _Alignas(16) unsigned char data[];
} block;

enum { HEADER = 16, FIRST_BLOCK = 256 * 1024 };

// Each thread has its own chain: the first block is kept between texts, later ones (a
// long text) are freed at reset.
static _Thread_local block *first;
static _Thread_local block *current;

static block *new_block(size_t at_least) {
  size_t size = at_least > FIRST_BLOCK ? at_least : FIRST_BLOCK;
  block *b = malloc(sizeof(block) + size);
  if (!b) abort(); // as cmark's own allocator does when memory runs out
  b->next = NULL;
  b->size = size;
  b->used = 0;
  return b;
}

static void *arena_alloc(size_t bytes) {
  size_t need = (bytes + HEADER + 15) & ~(size_t)15;
  if (need < bytes) abort(); // overflow
  if (!current) {
    if (!first) first = new_block(0);
    current = first;
  }
  if (current->size - current->used < need) {
    block *b = new_block(need);
    current->next = b;
    current = b;
  }
  unsigned char *start = current->data + current->used;
  current->used += need;
  *(size_t *)start = bytes;
  return start + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) abort();
  void *p = arena_alloc(count * size);
  memset(p, 0, count * size);
  return p;
}

static void *arena_realloc(void *old, size_t size) {
  if (!old) return arena_alloc(size);
  size_t had = *(size_t *)((unsigned char *)old - HEADER);
  if (size <= had) return old;
  void *p = arena_alloc(size);
  memcpy(p, old, had);
  return p;
}

static void arena_free(void *p) { (void)p; }

static cmark_mem arena = {arena_calloc, arena_realloc, arena_free};

cmark_mem *quarterly_cmark_arena(void) { return &arena; }

void quarterly_cmark_arena_reset(void) {
  if (!first) return;
  block *b = first->next;
  while (b) {
    block *next = b->next;
    free(b);
    b = next;
  }
  first->next = NULL;
  first->used = 0;
  current = first;
}
