//! Indentation levels as the lexer compares them: a level is its column (a tab advances to
//! the next multiple of two) and its character count, and two levels compare only when both
//! measures agree, so mixing tabs and spaces ambiguously is an error rather than a guess.

use std::cmp::Ordering;

/// The leading whitespace of a logical line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Indentation {
    column: u32,
    characters: u32,
}

/// Two indentations that tabs and spaces make incomparable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ambiguous;

impl Indentation {
    /// Columns a tab moves to a multiple of.
    const TAB_SIZE: u32 = 2;

    /// This indentation followed by a space.
    pub(crate) fn add_space(self) -> Self {
        Self {
            column: self.column + 1,
            characters: self.characters + 1,
        }
    }

    /// This indentation followed by a tab.
    pub(crate) fn add_tab(self) -> Self {
        Self {
            column: self.column + Self::TAB_SIZE - self.column % Self::TAB_SIZE,
            characters: self.characters + 1,
        }
    }

    /// How `self` compares with `other`, if columns and character counts agree.
    pub(crate) fn compare(self, other: Indentation) -> Result<Ordering, Ambiguous> {
        let by_column = self.column.cmp(&other.column);
        if by_column == self.characters.cmp(&other.characters) {
            Ok(by_column)
        } else {
            Err(Ambiguous)
        }
    }
}

/// The stack of open indentation levels (the root level is implicit).
#[derive(Debug, Default)]
pub(crate) struct Indentations {
    stack: Vec<Indentation>,
}

impl Indentations {
    /// The innermost level.
    pub(crate) fn current(&self) -> Indentation {
        self.stack.last().copied().unwrap_or_default()
    }

    /// Opens a deeper level.
    pub(crate) fn indent(&mut self, level: Indentation) {
        self.stack.push(level);
    }

    /// Closes the innermost level (false if only the root is left).
    pub(crate) fn dedent(&mut self) -> bool {
        self.stack.pop().is_some()
    }

    /// Closes the innermost level on the way to `target`; an error if `target` then lies
    /// between two levels (or is incomparable with the new innermost one).
    pub(crate) fn dedent_towards(&mut self, target: Indentation) -> Result<(), Ambiguous> {
        self.stack.pop();
        match target.compare(self.current())? {
            Ordering::Greater => Err(Ambiguous),
            Ordering::Less | Ordering::Equal => Ok(()),
        }
    }
}
