//! Keyboard shortcuts, following debugger conventions (F5 continue, F10 step over, F11 step
//! into, with Shift going backwards), plus single keys while the focus is outside a text field.

/// Something the user can ask the playground to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Load the editor's program and run it to the end.
    Run,
    /// Load the editor's program again and go to step 0.
    Reset,
    /// One event back.
    StepBack,
    /// One event forward.
    StepForward,
    /// Back to the previous value or `StopAsyncIteration` delivered by an `anext`.
    PrevAnext,
    /// On to the next value or `StopAsyncIteration` delivered by an `anext`.
    NextAnext,
    /// Start or pause playing.
    TogglePlay,
    /// Run to the last step.
    RunToEnd,
    /// Show or hide the shortcut help.
    ToggleHelp,
}

/// A key press, as far as shortcuts care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    /// Shift held.
    pub shift: bool,
    /// Ctrl or Cmd held.
    pub ctrl: bool,
    /// Alt held.
    pub alt: bool,
    /// The focus is in a text field (the editor): single-key shortcuts are off there.
    pub in_text_field: bool,
    /// The focus is on a button or other control that Space and Enter activate.
    pub on_control: bool,
}

/// The command a key press asks for, if any.
pub fn command_for(press: KeyPress) -> Option<Command> {
    use Command::*;
    let KeyPress {
        key,
        shift,
        ctrl,
        alt,
        ..
    } = press;
    if alt {
        return None;
    }
    let function_key = match (key, shift, ctrl) {
        ("Enter", _, true) => Some(Run),
        ("F5", false, false) => Some(RunToEnd),
        ("F5", true, false) => Some(Reset),
        ("F8", false, false) => Some(TogglePlay),
        ("F10", false, false) => Some(NextAnext),
        ("F10", true, false) => Some(PrevAnext),
        ("F11", false, false) => Some(StepForward),
        ("F11", true, false) => Some(StepBack),
        _ => None,
    };
    if function_key.is_some() || press.in_text_field || ctrl {
        return function_key;
    }
    match key {
        "ArrowRight" => Some(StepForward),
        "ArrowLeft" => Some(StepBack),
        "n" => Some(NextAnext),
        "N" => Some(PrevAnext),
        " " if !press.on_control => Some(TogglePlay),
        "End" => Some(RunToEnd),
        "Home" => Some(Reset),
        "?" => Some(ToggleHelp),
        _ => None,
    }
}

/// The shortcut list shown in the help popover and in tooltips: keys and what they do.
pub const SHORTCUTS: &[(Command, &str, &str)] = &[
    (
        Command::NextAnext,
        "F10 or N",
        "Next anext: run until an anext delivers a value or StopAsyncIteration",
    ),
    (Command::PrevAnext, "Shift+F10 or Shift+N", "Previous anext"),
    (Command::StepForward, "F11 or →", "Step: one event forward"),
    (
        Command::StepBack,
        "Shift+F11 or ←",
        "Step back: one event back",
    ),
    (Command::TogglePlay, "F8 or Space", "Play / pause"),
    (Command::RunToEnd, "F5 or End", "Run to the end"),
    (
        Command::Reset,
        "Shift+F5 or Home",
        "Reset to step 0 (reloads the edited program)",
    ),
    (
        Command::Run,
        "Ctrl+Enter",
        "Run: load the program and run it to the end",
    ),
    (Command::ToggleHelp, "?", "Show or hide this help"),
];

/// The keys for `command`, as shown in its tooltip.
pub fn keys_for(command: Command) -> &'static str {
    SHORTCUTS
        .iter()
        .find(|(c, _, _)| *c == command)
        .map_or("", |(_, keys, _)| keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            shift: false,
            ctrl: false,
            alt: false,
            in_text_field: false,
            on_control: false,
        }
    }

    #[test]
    fn debugger_keys_work_everywhere() {
        let in_editor = KeyPress {
            in_text_field: true,
            ..press("F10")
        };
        assert_eq!(command_for(in_editor), Some(Command::NextAnext));
        let back = KeyPress {
            shift: true,
            ..press("F11")
        };
        assert_eq!(command_for(back), Some(Command::StepBack));
        let run = KeyPress {
            ctrl: true,
            in_text_field: true,
            ..press("Enter")
        };
        assert_eq!(command_for(run), Some(Command::Run));
    }

    #[test]
    fn single_keys_stay_out_of_the_editor() {
        assert_eq!(command_for(press("n")), Some(Command::NextAnext));
        assert_eq!(command_for(press("ArrowLeft")), Some(Command::StepBack));
        let typing = KeyPress {
            in_text_field: true,
            ..press("n")
        };
        assert_eq!(command_for(typing), None);
        let on_button = KeyPress {
            on_control: true,
            ..press(" ")
        };
        assert_eq!(
            command_for(on_button),
            None,
            "Space must still press buttons"
        );
        let with_alt = KeyPress {
            alt: true,
            ..press("F10")
        };
        assert_eq!(command_for(with_alt), None);
    }

    #[test]
    fn every_command_has_documented_keys() {
        for (command, keys, _) in SHORTCUTS {
            assert_eq!(keys_for(*command), *keys);
        }
    }
}
