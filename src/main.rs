//! The `koop` binary: parse the command line, run it, print an error once, exit with its code.

fn main() {
    koop::memory::fix_map_threshold();
    std::process::exit(koop::main_with_args(std::env::args_os()));
}
