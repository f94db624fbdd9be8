//! The model read from real runs of the runtime.

use aiterscope_runtime::session::Session;

use super::window::Cursor;
use super::{Axis, Shape, TimelineModel};

const COUNTDOWN: &str = r#"
import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        await asyncio.sleep(1)
        return self.current + 1

async def main():
    async for number in Countdown(3):
        print(number)

asyncio.run(main())
"#;

fn finished(source: &str) -> Session {
    let mut session = Session::load(source).expect("the program compiles");
    session.run_to_end(1_000_000);
    session
}

fn model_of(session: &Session) -> TimelineModel {
    let mut model = TimelineModel::new();
    model.sync(session.log());
    model
}

fn marks_of<'m>(model: &'m TimelineModel, kind: &str) -> Vec<&'m super::Mark> {
    model.marks().iter().filter(|m| m.kind == kind).collect()
}

fn lane_label(model: &TimelineModel, mark: &super::Mark) -> String {
    model.lanes()[mark.lane as usize].label.clone()
}

fn at_end(session: &Session) -> Cursor {
    let step = session.len() - 1;
    Cursor {
        step,
        t: session.events(step..step + 1)[0].t,
    }
}

#[test]
fn countdown_draws_three_marbles_and_a_terminal_mark_on_its_iterator_lane() {
    let session = finished(COUNTDOWN);
    let model = model_of(&session);
    let values = marks_of(&model, "anext_value");
    let labels: Vec<&str> = values.iter().map(|m| &*m.label).collect();
    assert_eq!(labels, ["3", "2", "1"]);
    assert!(values.iter().all(|m| m.shape == Shape::Marble));
    assert!(values
        .iter()
        .all(|m| lane_label(&model, m) == "Countdown #1"));
    let stops = marks_of(&model, "stop_async_iteration");
    assert_eq!(stops.len(), 1);
    assert_eq!(stops[0].shape, Shape::Terminal);
    let times: Vec<f64> = values.iter().map(|m| model.mark_time(m)).collect();
    assert_eq!(times, [1.0, 2.0, 3.0]);
}

#[test]
fn each_marble_knows_the_previous_marble_on_its_lane() {
    let session = finished(COUNTDOWN);
    let model = model_of(&session);
    let ids: Vec<u32> = (0..model.marks().len() as u32)
        .filter(|&id| model.mark(id).is_some_and(|m| m.shape == Shape::Marble))
        .collect();
    let previous: Vec<Option<u32>> = ids
        .iter()
        .map(|&id| model.mark(id).and_then(|m| m.previous_marble))
        .collect();
    assert_eq!(previous, [None, Some(ids[0]), Some(ids[1])]);
}

#[test]
fn every_anext_call_is_a_bar_closed_by_its_outcome() {
    let session = finished(COUNTDOWN);
    let model = model_of(&session);
    let bars = marks_of(&model, "anext_call");
    assert_eq!(
        bars.len(),
        4,
        "three values and the final StopAsyncIteration"
    );
    let outcomes: Vec<u32> = model
        .marks()
        .iter()
        .filter(|m| m.kind == "anext_value" || m.kind == "stop_async_iteration")
        .map(|m| m.start)
        .collect();
    let ends: Vec<u32> = bars.iter().map(|b| b.end.expect("closed")).collect();
    assert_eq!(ends, outcomes);
}

#[test]
fn awaits_are_hatched_spans_on_the_task_lane_labelled_with_what_is_awaited() {
    let session = finished(COUNTDOWN);
    let model = model_of(&session);
    let awaits = marks_of(&model, "await_suspend");
    assert_eq!(awaits.len(), 3);
    for span in &awaits {
        assert_eq!(span.shape, Shape::Await);
        assert_eq!(&*span.label, "sleep(1)");
        assert_eq!(lane_label(&model, span), "Task-1 · main");
        let end = span.end.expect("resumed");
        assert_eq!(model.anchors()[end as usize].t - model.mark_time(span), 1.0);
    }
    let running = model.marks().iter().filter(|m| m.shape == Shape::Running);
    assert!(running.count() >= 4, "the task runs between its awaits");
}

#[test]
fn marks_after_the_cursor_are_not_drawn_and_open_spans_end_at_the_cursor() {
    let mut session = finished(COUNTDOWN);
    let model = model_of(&session);
    session.goto(0);
    session.next_anext();
    session.next_anext();
    let step = session.cursor();
    let cursor = Cursor {
        step,
        t: session.events(step..step + 1)[0].t,
    };
    let rows = model.rows(step);
    let shown = model.visible_marks(Axis::Time, f64::MIN, f64::MAX, step, &rows);
    let values: Vec<&str> = shown
        .iter()
        .map(|&id| model.mark(id).unwrap())
        .filter(|m| m.kind == "anext_value")
        .map(|m| &*m.label)
        .collect();
    assert_eq!(values, ["3", "2"]);
    assert_eq!(model.marks_up_to(step), shown.len());
    assert_eq!(model.marks_up_to(session.len()), model.marks().len());
    assert!(shown
        .iter()
        .all(|&id| model.mark_step(model.mark(id).unwrap()) as usize <= step));
    let cursor_x = model.cursor_x(Axis::Time, cursor);
    for &id in &shown {
        let (start, end) = model.mark_extent(id, Axis::Time, cursor);
        assert!(
            start <= end && end <= cursor_x + 1e-9,
            "mark {id} reaches past the cursor"
        );
    }
}

#[test]
fn reading_step_by_step_gives_the_same_model_as_reading_once() {
    let mut session = Session::load(COUNTDOWN).unwrap();
    let mut incremental = TimelineModel::new();
    while session.step_forward() {
        incremental.sync(session.log());
    }
    let once = model_of(&session);
    assert_eq!(incremental.ingested(), session.len());
    assert_eq!(incremental.anchors(), once.anchors());
    assert_eq!(incremental.marks(), once.marks());
    assert_eq!(incremental.lanes(), once.lanes());
}

#[test]
fn both_axes_grow_with_the_step_and_the_time_axis_opens_gaps_for_sleeps() {
    let session = finished(COUNTDOWN);
    let model = model_of(&session);
    let anchors = model.anchors();
    for axis in [Axis::Time, Axis::Steps] {
        let xs: Vec<f64> = (0..anchors.len())
            .map(|i| anchors[i].left(i, axis))
            .collect();
        assert!(
            xs.windows(2).all(|w| w[0] < w[1]),
            "{axis:?} positions must grow"
        );
    }
    let values = marks_of(&model, "anext_value");
    let x = |m: &super::Mark| anchors[m.start as usize].x_time;
    let (one, two) = (x(values[0]), x(values[1]));
    assert!(
        two - one >= super::time_gap(1.0),
        "a second apart: {one} -> {two}"
    );
}

#[test]
fn the_window_keeps_spans_that_cross_it_and_drops_marks_outside_it() {
    let session = finished(
        "import asyncio\nasync def main():\n    print('a')\n    await asyncio.sleep(100)\n    print('b')\nasyncio.run(main())\n",
    );
    let model = model_of(&session);
    let cursor = at_end(&session);
    let sleep = marks_of(&model, "await_suspend")[0];
    let id = model.marks().iter().position(|m| m == sleep).unwrap() as u32;
    let (start, end) = model.mark_extent(id, Axis::Time, cursor);
    let middle = (start + end) / 2.0;
    let rows = model.rows(cursor.step);
    let shown = model.visible_marks(Axis::Time, middle - 5.0, middle + 5.0, cursor.step, &rows);
    assert!(shown.contains(&id), "the long await crosses the window");
    assert!(shown
        .iter()
        .all(|&m| model.mark(m).unwrap().kind != "output"));
    let all = model.visible_marks(Axis::Time, f64::MIN, f64::MAX, cursor.step, &rows);
    assert_eq!(marks_of(&model, "output").len(), 2);
    assert!(all.len() > shown.len());
}

#[test]
fn an_exception_is_one_cross_however_many_frames_it_leaves_and_failed_tasks_say_so() {
    let session = finished(
        "import asyncio\ndef inner():\n    raise ValueError('bad')\ndef outer():\n    inner()\nasync def main():\n    outer()\nasyncio.run(main())\n",
    );
    let model = model_of(&session);
    let crosses = marks_of(&model, "exception");
    assert_eq!(crosses.len(), 1, "{:#?}", marks_of(&model, "exception"));
    assert_eq!(&*crosses[0].detail, "ValueError: bad");
    let done: Vec<_> = marks_of(&model, "task_done")
        .into_iter()
        .filter(|m| lane_label(&model, m).starts_with("Task-1"))
        .collect();
    assert_eq!(done.len(), 1);
    assert!(done[0].failed && done[0].detail.contains("ValueError: bad"));
}

#[test]
fn async_generators_get_named_lanes_and_bars_even_behind_anext_with_a_default() {
    let session = finished(
        "import asyncio\nasync def ticker(n):\n    for i in range(n):\n        await asyncio.sleep(0.5)\n        yield i\nasync def main():\n    it = ticker(2)\n    print(await anext(it, 'done'))\n    async for x in ticker(1):\n        print(x)\nasyncio.run(main())\n",
    );
    let model = model_of(&session);
    let labels: Vec<&str> = model
        .lanes()
        .iter()
        .filter(|l| !l.is_task())
        .map(|l| l.label.as_str())
        .collect();
    assert!(
        labels.iter().all(|l| l.starts_with("ticker() #")),
        "{labels:?}"
    );
    let mut titles = model.lanes().iter().filter(|l| !l.is_task());
    assert!(titles.all(|l| l.title.starts_with("async_generator ticker #")));
    let values = marks_of(&model, "anext_value");
    assert_eq!(values.len(), 2);
    for value in values {
        let bar = model.marks().iter().find(|m| {
            m.shape == Shape::AnextBar && m.lane == value.lane && m.end == Some(value.start)
        });
        assert!(bar.is_some(), "no bar ends at {value:?}");
    }
}

#[test]
fn ticks_label_virtual_times_and_steps_without_crowding() {
    let session = finished(COUNTDOWN);
    let model = model_of(&session);
    let cursor = at_end(&session);
    let times = model.ticks(Axis::Time, f64::MIN, f64::MAX, cursor.step, 40.0);
    let labels: Vec<&str> = times.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["t=0.0", "t=1.0", "t=2.0", "t=3.0"]);
    let steps = model.ticks(Axis::Steps, f64::MIN, f64::MAX, cursor.step, 80.0);
    assert!(steps.len() >= 2);
    assert!(steps.windows(2).all(|w| w[1].x - w[0].x >= 80.0));
}
