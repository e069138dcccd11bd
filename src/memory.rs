//! How koop asks the system's allocator to hold less than it would by default (glibc on
//! Linux; elsewhere these do nothing). See docs/performance.md, "Memory".

/// glibc's allocator gives a block of 128 KiB or more its own mapping, returned to the system
/// when freed; but once such a block is freed, it raises that threshold to the block's size
/// (up to 32 MiB), and later large blocks come from the heap, where what they leave when freed
/// is kept. A load reads files and lists of every size while it builds the records it keeps,
/// so a region's `koop check` kept 5 MB more than it held. Fixing the threshold at its first
/// value keeps large short-lived blocks out of the heap. Called first thing by the binary.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn fix_map_threshold() {
    // SAFETY: `mallopt` only sets a parameter of the allocator; it is called before any other
    // thread exists, and a value it refuses leaves the default in place.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn fix_map_threshold() {}

/// Gives back to the system the pages the allocator holds free: called once a large load has
/// put its runs together, when what each core parsed with and let go of is free in its own
/// arena, where the rules (which allocate on other cores) would not reuse it. A region's
/// `koop check` then peaks 2 MB lower, for a millisecond.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn give_back() {
    // SAFETY: `malloc_trim` takes each arena's lock while it returns free pages; it frees
    // nothing that is in use.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn give_back() {}
