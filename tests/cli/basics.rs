//! Repository discovery, `-C`, and running outside a repository.

use crate::Test;

#[test]
fn outside_a_repository_commands_fail_clearly() {
    let t = Test::new();
    let run = t.run(["institution", "list"]).fails(2);
    assert!(
        run.stderr.contains("not in a koop repository"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("koop init gmina"), "{}", run.stderr);
}

#[test]
fn commands_work_from_a_subfolder_and_with_dash_c() {
    let t = Test::init();
    t.run([
        "institution",
        "add",
        "--name",
        "GOPS",
        "--id",
        "gops",
        "--kind",
        "ops",
        "--level",
        "gmina",
    ])
    .ok();
    let sub = t.path().join("institutions/gops");
    let run = t
        .run_in(&sub, ["institution", "list", "--format", "json"])
        .ok();
    assert!(run.stdout.contains("\"id\": \"gops\""), "{}", run.stdout);
    let outside = tempfile::tempdir().unwrap();
    let dir = t.path().to_string_lossy().to_string();
    let run = t
        .run_in(outside.path(), ["-C", &dir, "institution", "list"])
        .ok();
    assert!(run.stdout.contains("gops"), "{}", run.stdout);
}
