//! `aiterscope trace FILE [--limit N]`: the event log as JSON Lines, one event per line.
//!
//! The program runs in a [`Session`] (the same recorder and budgets as the playground) until
//! it ends or `N` events are recorded (default: the session's event budget). A syntax error
//! is printed as one JSON object of kind `syntax_error`, with exit status 1.

use std::io::Write;
use std::process::ExitCode;

use aiterscope_runtime::recorder::json::{push_json_str, write_json_lines};
use aiterscope_runtime::session::{Session, SessionOptions, DEFAULT_EVENT_BUDGET};

/// Parsed `trace` arguments.
struct TraceArgs {
    file: String,
    limit: usize,
}

fn parse(args: &[String]) -> Result<TraceArgs, String> {
    let mut file = None;
    let mut limit = DEFAULT_EVENT_BUDGET;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--limit" => {
                let n = args
                    .get(i + 1)
                    .and_then(|s| s.parse::<usize>().ok())
                    .filter(|&n| n > 0);
                limit = n.ok_or("--limit needs a positive number of events")?;
                i += 2;
            }
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other if file.is_none() => {
                file = Some(other.to_string());
                i += 1;
            }
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    Ok(TraceArgs {
        file: file.ok_or("missing FILE")?,
        limit,
    })
}

/// Runs the `trace` subcommand with the arguments after `trace`.
pub fn main(args: &[String]) -> ExitCode {
    let args = match parse(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("aiterscope trace: {e}\nusage: aiterscope trace FILE [--limit N]");
            return ExitCode::from(2);
        }
    };
    let source = match std::fs::read_to_string(&args.file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("aiterscope: can't open file '{}': {e}", args.file);
            return ExitCode::from(2);
        }
    };
    let options = SessionOptions {
        event_budget: args.limit,
        filename: args.file.clone(),
        ..SessionOptions::default()
    };
    let mut session = match Session::load_with(&source, options) {
        Ok(s) => s,
        Err(e) => {
            let mut line = String::from("{\"kind\":\"syntax_error\",\"type\":");
            push_json_str(&mut line, &e.kind);
            line.push_str(",\"message\":");
            push_json_str(&mut line, &e.msg);
            line.push_str(&format!(",\"line\":{},\"col\":{}}}", e.line, e.col));
            println!("{line}");
            return ExitCode::from(1);
        }
    };
    session.run_to_end(args.limit);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if write_json_lines(session.log(), 0, session.len(), &mut out)
        .and_then(|_| out.flush())
        .is_err()
    {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// `aiterscope run FILE --steps`: runs `file` in a session, prints its output, then a
/// summary of the recorded steps (events per kind, tasks, async iterators, how it ended).
pub fn steps_summary(file: &str) -> ExitCode {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("aiterscope: can't open file '{file}': {e}");
            return ExitCode::from(2);
        }
    };
    let options = SessionOptions {
        filename: file.to_string(),
        ..SessionOptions::default()
    };
    let mut session = match Session::load_with(&source, options) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("  File \"{file}\", line {}\n{}: {}", e.line, e.kind, e.msg);
            return ExitCode::from(1);
        }
    };
    session.run_to_end(DEFAULT_EVENT_BUDGET);
    let state = session.state();
    print!("{}", state.output);
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for e in session.events(0..session.len()) {
        let name = e.kind.name();
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some(c) => c.1 += 1,
            None => counts.push((name, 1)),
        }
    }
    let per_kind: Vec<String> = counts.iter().map(|(n, c)| format!("{n} {c}")).collect();
    println!(
        "--- {} steps, virtual time {}: {}",
        session.len(),
        state.event_loop.clock,
        per_kind.join(", ")
    );
    for t in &state.tasks {
        let result = t
            .result
            .as_deref()
            .map(|r| format!(" -> {r}"))
            .unwrap_or_default();
        println!("task {}: {}{result}", t.name, t.status.as_str());
    }
    for it in &state.iterators {
        println!(
            "iterator {} ({}): {}, {} values delivered",
            it.id,
            it.type_name,
            it.status.as_str(),
            it.delivered
        );
    }
    let failed = match &state.end {
        Some(end) => {
            eprint!("{}", end.message);
            println!("ended: {}", end.reason.as_str());
            end.reason != aiterscope_runtime::recorder::EndReason::Finished
        }
        None => false,
    };
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn arguments_are_parsed_and_checked() {
        let a = parse(&strings(&["prog.py", "--limit", "10"])).unwrap();
        assert_eq!((a.file.as_str(), a.limit), ("prog.py", 10));
        assert_eq!(
            parse(&strings(&["prog.py"])).unwrap().limit,
            DEFAULT_EVENT_BUDGET
        );
        assert!(parse(&strings(&["--limit", "0", "p.py"])).is_err());
        assert!(parse(&strings(&[])).is_err());
        assert!(parse(&strings(&["a.py", "b.py"])).is_err());
    }
}
