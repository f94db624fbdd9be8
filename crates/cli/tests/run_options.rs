//! The `run` command's options: `--steps` runs a recorded session of its own and refuses the
//! options of a plain run instead of ignoring them.

use std::process::Command;

fn aiterscope(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_aiterscope"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/programs"))
        .output()
        .expect("the CLI runs")
}

#[test]
fn steps_refuses_other_options() {
    let out = aiterscope(&["run", "recursion_fib.py", "--max-steps", "100", "--steps"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--steps takes no other option"), "{stderr}");
}

#[test]
fn max_steps_stops_a_plain_run() {
    let out = aiterscope(&["run", "recursion_fib.py", "--max-steps", "100"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}
