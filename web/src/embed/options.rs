//! An embed's options, read from the `<aiter-playground>` attributes or the iframe page's hash.
//! Every value arrives as text; whatever cannot be used is reported as a message (shown above
//! the playground) and replaced by its default.

use crate::share::launch::{LaunchProgram, LaunchRequest};
use crate::share::{parse_link, LinkProblem, LinkProgram};

/// Height of an embed when none is given.
pub const DEFAULT_HEIGHT: &str = "420px";

/// The colour scheme of an embed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's system setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// A control an embed can show or hide: its option name and the elements it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Control {
    /// The name used in `controls="…"`.
    pub name: &'static str,
    /// The CSS selector of its element(s).
    pub selector: &'static str,
}

/// Every control, in the order of the control bar.
pub const CONTROLS: &[Control] = &[
    Control {
        name: "run",
        selector: "[data-testid=\"run\"]",
    },
    Control {
        name: "reset",
        selector: "[data-testid=\"reset\"]",
    },
    Control {
        name: "step-back",
        selector: "[data-testid=\"step-back\"]",
    },
    Control {
        name: "prev-anext",
        selector: "[data-testid=\"prev-anext\"]",
    },
    Control {
        name: "next-anext",
        selector: "[data-testid=\"next-anext\"]",
    },
    Control {
        name: "step-forward",
        selector: "[data-testid=\"step-forward\"]",
    },
    Control {
        name: "play",
        selector: "[data-testid=\"play\"], .speed",
    },
    Control {
        name: "run-to-end",
        selector: "[data-testid=\"run-to-end\"]",
    },
    Control {
        name: "scrubber",
        selector: "[data-testid=\"scrubber\"]",
    },
    Control {
        name: "share",
        selector: "[data-testid=\"share\"]",
    },
    Control {
        name: "embed",
        selector: "[data-testid=\"embed-button\"]",
    },
];

/// An embed's options, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `example`: a gallery example id.
    pub example: Option<String>,
    /// What the playground opens instead of the example, the step, autoplay, read-only, and
    /// the messages about bad options.
    pub launch: LaunchRequest,
    /// `height`: a CSS length.
    pub height: String,
    /// `theme`: auto, light or dark.
    pub theme: Theme,
    /// `controls`: the controls shown (`None`: all).
    pub controls: Option<Vec<&'static Control>>,
}

impl EmbedOptions {
    /// Reads `key = value` options in order (later ones win). `hash` (the iframe page's
    /// `location.hash`) is read first, as the same keys.
    pub fn read<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> EmbedOptions {
        let mut options = EmbedOptions {
            height: DEFAULT_HEIGHT.to_string(),
            ..EmbedOptions::default()
        };
        for (key, value) in pairs {
            options.set(key, value);
        }
        options
    }

    fn problem(&mut self, message: String) {
        self.launch.problems.push(message);
    }

    fn set(&mut self, key: &str, value: &str) {
        match key {
            "hash" => {
                let link = parse_link(value);
                for problem in &link.problems {
                    self.problem(problem.to_string());
                }
                match link.program {
                    Some(LinkProgram::Example(id)) => self.example = Some(id),
                    Some(LinkProgram::Code(bytes)) => {
                        self.launch.program = Some(LaunchProgram::Compressed(bytes))
                    }
                    None => {}
                }
                if link.step.is_some() {
                    self.launch.step = link.step;
                }
                for (key, value) in &link.params {
                    if key != "hash" {
                        self.set(key, value);
                    }
                }
            }
            "example" => self.example = Some(value.trim().to_string()).filter(|id| !id.is_empty()),
            "code" => {
                let code = normalize_inline_code(value);
                if !code.is_empty() {
                    self.launch.program = Some(LaunchProgram::Source(code));
                }
            }
            "step" => match value.trim().parse::<usize>() {
                Ok(step) => self.launch.step = Some(step),
                Err(_) => self.problem(LinkProblem::BadStep(value.to_string()).to_string()),
            },
            "height" => match css_length(value) {
                Some(length) => self.height = length,
                None => self.problem(format!(
                    "height={value:?} is not a length (use e.g. 420, 420px or 30em); using {DEFAULT_HEIGHT}."
                )),
            },
            "autoplay" => self.launch.autoplay = flag(value),
            "readonly" => self.launch.readonly = flag(value),
            "theme" => match value.trim() {
                "" | "auto" => self.theme = Theme::Auto,
                "light" => self.theme = Theme::Light,
                "dark" => self.theme = Theme::Dark,
                other => self.problem(format!(
                    "theme={other:?} is not a theme (auto, light or dark); following the system."
                )),
            },
            "controls" => self.controls = Some(self.read_controls(value)),
            "assets" => self.launch.embedded_from = Some(value.to_string()),
            _ => {}
        }
    }

    fn read_controls(&mut self, value: &str) -> Vec<&'static Control> {
        let mut shown = Vec::new();
        for name in value.split([',', ' ']).filter(|n| !n.is_empty()) {
            match name {
                "all" => shown.extend(CONTROLS),
                "none" => {}
                _ => match CONTROLS.iter().find(|c| c.name == name) {
                    Some(control) => shown.push(control),
                    None => {
                        let known: Vec<_> = CONTROLS.iter().map(|c| c.name).collect();
                        self.problem(format!(
                            "controls: there is no control {name:?} (known: {}).",
                            known.join(", ")
                        ));
                    }
                },
            }
        }
        shown
    }

    /// The controls to hide.
    pub fn hidden_controls(&self) -> Vec<&'static Control> {
        match &self.controls {
            None => Vec::new(),
            Some(shown) => CONTROLS.iter().filter(|c| !shown.contains(c)).collect(),
        }
    }
}

/// `autoplay`, `readonly`: present means on, except "false", "0", "no" and "off".
fn flag(value: &str) -> bool {
    !matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "false" | "0" | "no" | "off"
    )
}

/// A CSS length from a bare number (pixels) or a number with px, em, rem, vh or %.
fn css_length(value: &str) -> Option<String> {
    let value = value.trim();
    let unit_at = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(unit_at);
    let number = positive_decimal(number)?;
    match unit {
        "" => Some(format!("{number}px")),
        "px" | "em" | "rem" | "vh" | "%" => Some(format!("{number}{unit}")),
        _ => None,
    }
}

/// A positive decimal number (`420`, `22.50`, `.5`) in the shortest form CSS reads the same
/// (`420`, `22.5`, `0.5`); `None` for zero or anything but digits with at most one point.
/// Text-only, so the UI links none of core's float parsing (issue 8's bundle size).
fn positive_decimal(number: &str) -> Option<String> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut text = if whole.is_empty() { "0" } else { whole }.to_string();
    if !fraction.is_empty() {
        text.push('.');
        text.push_str(fraction);
    }
    Some(text)
}

/// Inline code as authors write it inside HTML: blank lines around it dropped, the common
/// indentation removed, tabs kept as they are.
pub fn normalize_inline_code(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let lines = &lines[first..=last];
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for line in lines {
        let cut = indent.min(line.len() - line.trim_start_matches(' ').len());
        out.push_str(line[cut..].trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read() {
        let options = EmbedOptions::read([
            ("example", "countdown"),
            ("step", "4"),
            ("height", "360"),
            ("autoplay", ""),
            ("readonly", "false"),
            ("theme", "dark"),
            ("controls", "step-back, step-forward play"),
        ]);
        assert_eq!(options.example.as_deref(), Some("countdown"));
        assert_eq!(options.launch.step, Some(4));
        assert_eq!(options.height, "360px");
        assert!(options.launch.autoplay);
        assert!(!options.launch.readonly);
        assert_eq!(options.theme, Theme::Dark);
        let hidden: Vec<_> = options.hidden_controls().iter().map(|c| c.name).collect();
        assert_eq!(
            hidden,
            [
                "run",
                "reset",
                "prev-anext",
                "next-anext",
                "run-to-end",
                "scrubber",
                "share",
                "embed"
            ]
        );
        assert!(options.launch.problems.is_empty());
    }

    #[test]
    fn the_iframe_hash_carries_the_same_keys() {
        let options = EmbedOptions::read([(
            "hash",
            "#example=merge-streams&step=9&theme=light&height=300px",
        )]);
        assert_eq!(options.example.as_deref(), Some("merge-streams"));
        assert_eq!(options.launch.step, Some(9));
        assert_eq!(options.theme, Theme::Light);
        assert_eq!(options.height, "300px");
    }

    #[test]
    fn bad_options_are_reported_and_defaulted() {
        let options = EmbedOptions::read([
            ("height", "tall"),
            ("theme", "neon"),
            ("controls", "step-forward warp"),
            ("step", "two"),
            ("hash", "#code=zzz"),
        ]);
        assert_eq!(options.height, DEFAULT_HEIGHT);
        assert_eq!(options.theme, Theme::Auto);
        assert_eq!(options.launch.step, None);
        let problems = options.launch.problems.join("\n");
        for expected in [
            "height=\"tall\"",
            "theme=\"neon\"",
            "no control \"warp\"",
            "\"two\"",
            "malformed",
        ] {
            assert!(problems.contains(expected), "{expected} in {problems}");
        }
    }

    #[test]
    fn inline_code_loses_the_html_indentation() {
        let code = "\n      import asyncio\n\n      async def main():\n          print(1)\n    \n";
        assert_eq!(
            normalize_inline_code(code),
            "import asyncio\n\nasync def main():\n    print(1)\n"
        );
        assert_eq!(normalize_inline_code("  \n "), "");
        let options = EmbedOptions::read([("code", "\n  print('hi')\n")]);
        assert_eq!(
            options.launch.program,
            Some(LaunchProgram::Source("print('hi')\n".into()))
        );
    }

    #[test]
    fn lengths() {
        assert_eq!(css_length("420").as_deref(), Some("420px"));
        assert_eq!(css_length(" 22.5em ").as_deref(), Some("22.5em"));
        assert_eq!(css_length("100%").as_deref(), Some("100%"));
        assert_eq!(css_length("0"), None);
        assert_eq!(css_length("12pt"), None);
        assert_eq!(css_length("calc(1px)"), None);
        assert_eq!(css_length("007.50").as_deref(), Some("7.5px"));
        assert_eq!(css_length(".5rem").as_deref(), Some("0.5rem"));
        assert_eq!(css_length("5.").as_deref(), Some("5px"));
        assert_eq!(css_length("0.00"), None);
        assert_eq!(css_length("."), None);
        assert_eq!(css_length("1.2.3"), None);
    }
}
