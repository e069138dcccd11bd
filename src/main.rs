//! The `koop` binary: parse the command line, run it, print an error once, exit with its code.

fn main() {
    fixed_map_threshold();
    std::process::exit(koop::main_with_args(std::env::args_os()));
}

/// glibc's allocator gives a block of 128 KiB or more its own mapping, returned to the system
/// when freed; but once such a block is freed, it raises that threshold to the block's size
/// (up to 32 MiB), and later large blocks come from the heap, where what they leave when freed
/// is kept. A load reads files and lists of every size while it builds the records it keeps,
/// so a region's `koop check` kept 5 MB more than it held (docs/performance.md). Fixing the
/// threshold at its first value keeps large short-lived blocks out of the heap.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn fixed_map_threshold() {
    // SAFETY: `mallopt` only sets a parameter of the allocator; it is called before any other
    // thread exists, and a value it refuses leaves the default in place.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn fixed_map_threshold() {}
