//! Each step in words, for the ARIA live region and the step caption:
//! "anext on Countdown returned 2 at t=2.0".

use aiterscope_trace::short::format_short;
use aiterscope_trace::{EndReason, Event, Kind, LeaveHow, Log, Sym};
use aiterscope_trace::{IterView, Trace};

use crate::format::format_time;
use crate::playback::TraceIndex;

/// Describes the event at the trace's cursor (empty when nothing is recorded);
/// `iterators` (the state at the cursor has them) and `index` name the iterators.
pub fn describe_current_step(trace: &Trace, iterators: &[IterView], index: &TraceIndex) -> String {
    match trace.current_event() {
        Some(event) => describe_event(trace.log(), event, iterators, index),
        None => String::new(),
    }
}

/// Describes one event of `log` in a short sentence ending with its virtual time.
pub fn describe_event(
    log: &Log,
    event: &Event,
    iterators: &[IterView],
    index: &TraceIndex,
) -> String {
    let at = format!("at t={}", format_time(event.t));
    let task = task_name(log, event.task);
    let iter_name = |iter: u32| iterator_name(iterators, index, iter);
    match event.kind {
        Kind::AnextValue { iter, value } => format!(
            "anext on {} returned {} {at}",
            iter_name(iter),
            format_short(value, &log.strings)
        ),
        Kind::StopAsyncIteration { iter } => {
            format!(
                "anext on {} raised StopAsyncIteration {at}",
                iter_name(iter)
            )
        }
        Kind::AnextCall { iter } => format!("{task} calls anext on {} {at}", iter_name(iter)),
        Kind::AIter { iter, .. } => {
            format!("{task} gets the async iterator {} {at}", iter_name(iter))
        }
        Kind::IterClosed { iter } => format!("{} is closed {at}", iter_name(iter)),
        Kind::AwaitSuspend { awaiting } => {
            format!("{task} awaits {} {at}", log.text(awaiting))
        }
        Kind::AwaitResume => format!("{task} resumes {at}"),
        Kind::TaskCreated { name } => format!("{task} creates task {} {at}", log.text(name)),
        Kind::TaskReady { name } => format!("task {} is ready to run {at}", log.text(name)),
        Kind::TaskSwitch { name } => format!("the event loop runs {} {at}", task_name(log, name)),
        Kind::TaskDone {
            name,
            result,
            failed,
        } => {
            let outcome = if failed { "failed with" } else { "returned" };
            format!(
                "task {} {outcome} {} {at}",
                log.text(name),
                log.text(result)
            )
        }
        Kind::Timer { when } => format!("{task} sets a timer for t={} {at}", format_time(when)),
        Kind::TimerDone { when } => format!("the timer for t={} is done {at}", format_time(when)),
        Kind::Clock => format!("the clock advances to t={}", format_time(event.t)),
        Kind::Output { .. } => {
            let text = log.output_of(&event.kind);
            format!("{task} prints {} {at}", quoted(text))
        }
        Kind::Exception { ty, msg, caught } => {
            let what = if caught { "catches" } else { "raises" };
            let message = log.text(msg);
            let separator = if message.is_empty() { "" } else { ": " };
            format!("{task} {what} {}{separator}{message} {at}", log.text(ty))
        }
        Kind::Line { .. } => format!("{task} reaches line {} {at}", event.line),
        Kind::FrameEnter { func, .. } => format!("{task} enters {} {at}", log.text(func)),
        Kind::FrameLeave { how, .. } => {
            let verb = match how {
                LeaveHow::Return => "returns",
                LeaveHow::Raise => "propagates an exception",
                LeaveHow::Yield => "yields",
                LeaveHow::Await => "suspends at an await",
            };
            format!("a frame {verb} (line {}) {at}", event.line)
        }
        Kind::Store { name, value, .. } | Kind::AttrStore { name, value, .. } => format!(
            "{} = {} {at}",
            log.text(name),
            format_short(value, &log.strings)
        ),
        Kind::Delete { name, .. } => format!("del {} {at}", log.text(name)),
        Kind::ObjState { ty, desc, .. } => {
            format!("{} is now {} {at}", log.text(ty), log.text(desc))
        }
        Kind::End { reason, .. } => match reason {
            EndReason::Finished => format!("the program finished {at}"),
            EndReason::Failed => format!("the program ended with an uncaught exception {at}"),
            EndReason::Budget => format!("the run was stopped by a budget {at}"),
        },
    }
}

/// The name the timeline and panels use for a task (`main` for the main program).
pub fn task_name(log: &Log, sym: Sym) -> String {
    if sym == Sym::EMPTY {
        "main".to_string()
    } else {
        log.text(sym).to_string()
    }
}

/// An iterator's name as the timeline shows it (`ticker() #2`, `Countdown #1`), or
/// `an iterator` when unknown.
pub fn iterator_name(iterators: &[IterView], index: &TraceIndex, iter: u32) -> String {
    match iterators.iter().find(|it| it.id == iter) {
        Some(it) => index.iterator_name(&it.type_name, it.id),
        None => "an iterator".to_string(),
    }
}

fn quoted(text: &str) -> String {
    let line = text.trim_end_matches('\n');
    let mut short: String = line.chars().take(60).collect();
    if short.len() < line.len() {
        short.push('…');
    }
    format!("\"{short}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anext_outcomes_read_as_sentences() {
        let source = "\
import asyncio

async def numbers():
    yield 1
    await asyncio.sleep(2)
    yield 2

async def main():
    async for n in numbers():
        print(n)

asyncio.run(main())
";
        let mut trace = crate::playback::recorded(source);
        let mut sentences = Vec::new();
        while trace.next_anext() {
            let mut index = TraceIndex::default();
            index.catch_up(trace.log());
            let iterators = trace.state().iterators;
            sentences.push(describe_current_step(&trace, &iterators, &index));
        }
        assert_eq!(
            sentences,
            vec![
                "anext on numbers() #1 returned 1 at t=0.0",
                "anext on numbers() #1 returned 2 at t=2.0",
                "anext on numbers() #1 raised StopAsyncIteration at t=2.0",
            ]
        );
    }
}
