#if canImport(CMalloc)
    import CMalloc
#endif

/// How the process takes its memory from the C library.
package enum ProcessMemory {
    /// Buffers of 128 KiB or more (a page's HTML, a data file, a run of site.json) are
    /// mapped on their own and given back to the system as soon as they are freed.
    /// glibc otherwise raises that threshold each time such a buffer is freed (up to
    /// 32 MiB) and serves them from the heap of the thread that asked, where the holes
    /// they leave keep the peak up: a cloned 10,011-file build peaked at 183–198 MB with
    /// it, at 167 MB without.
    package static func returnLargeBuffers() {
        #if canImport(CMalloc)
            _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        #endif
    }
}
