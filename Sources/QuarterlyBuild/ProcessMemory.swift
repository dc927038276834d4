#if canImport(CMalloc)
    import CMalloc
#endif

/// How the process takes its memory from the C library.
package enum ProcessMemory {
    /// Buffers of 512 KiB or more (a long page's HTML, a data file, a run of site.json)
    /// are mapped on their own and given back to the system as soon as they are freed.
    /// glibc otherwise raises that threshold each time such a buffer is freed (up to
    /// 32 MiB) and serves them from the heap of the thread that asked, where the holes
    /// they leave keep the peak up: a cloned 10,011-file build peaked at 183–198 MB with
    /// it, at 167 MB without. Not lower: every buffer mapped is new pages for the kernel
    /// to clear, and a string that grows is mapped again at each doubling; at 128 KiB the
    /// page faults were 6% of a generated build's CPU, and 512 KiB took 7% from it for
    /// the same peak (2026-12-03).
    package static func returnLargeBuffers() {
        #if canImport(CMalloc)
            _ = mallopt(M_MMAP_THRESHOLD, 512 * 1024)
        #endif
    }
}
