//! Keys and mouse events -> [`Action`]s: what every key means, in one place.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

use super::app::{Action, Mode};

/// What an terminal event means in the current mode; `None` for events with no meaning.
pub fn action(event: &Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(key, mode),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        _ => None,
    }
}

fn key_action(key: &KeyEvent, mode: Mode) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('C')) {
        return Some(Action::Interrupt);
    }
    // Keys that mean the same everywhere.
    let common = match key.code {
        KeyCode::Up => Some(Action::Up),
        KeyCode::Down => Some(Action::Down),
        KeyCode::Left => Some(Action::Left),
        KeyCode::Right => Some(Action::Right),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::PageDown => Some(Action::PageDown),
        KeyCode::Home => Some(Action::Top),
        KeyCode::End => Some(Action::Bottom),
        KeyCode::Tab => Some(Action::NextPane),
        KeyCode::BackTab => Some(Action::PrevPane),
        KeyCode::Enter => Some(Action::Open),
        KeyCode::Esc => Some(Action::Close),
        KeyCode::Backspace => Some(Action::Backspace),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    if ctrl {
        return match c {
            'd' => Some(Action::PageDown),
            'u' => Some(Action::PageUp),
            _ => None,
        };
    }
    if mode == Mode::Text {
        return Some(Action::Input(c));
    }
    Some(match c {
        '?' => Action::Help,
        'q' => Action::Quit,
        'k' => Action::Up,
        'j' => Action::Down,
        'g' => Action::Top,
        'G' => Action::Bottom,
        '+' | '=' => Action::WeightUp,
        '-' | '_' => Action::WeightDown,
        's' => Action::Save,
        '/' => Action::Filter,
        'e' => Action::Export,
        ' ' => Action::Mark,
        'c' => Action::Compare,
        'x' => Action::Explain,
        'a' => Action::Ask,
        'i' => Action::Issues,
        'y' | 'Y' => Action::Yes,
        'n' | 'N' => Action::No,
        'h' => Action::Left,
        'l' => Action::Right,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn the_design_keys_map_to_their_actions() {
        let n = Mode::Normal;
        assert_eq!(action(&key(KeyCode::Char('?')), n), Some(Action::Help));
        assert_eq!(action(&key(KeyCode::Char('q')), n), Some(Action::Quit));
        assert_eq!(action(&key(KeyCode::Char('j')), n), Some(Action::Down));
        assert_eq!(action(&key(KeyCode::Up), n), Some(Action::Up));
        assert_eq!(action(&key(KeyCode::Tab), n), Some(Action::NextPane));
        assert_eq!(action(&key(KeyCode::Char('+')), n), Some(Action::WeightUp));
        assert_eq!(
            action(&key(KeyCode::Char('-')), n),
            Some(Action::WeightDown)
        );
        assert_eq!(action(&key(KeyCode::Char('s')), n), Some(Action::Save));
        assert_eq!(action(&key(KeyCode::Char('/')), n), Some(Action::Filter));
        assert_eq!(action(&key(KeyCode::Enter), n), Some(Action::Open));
        assert_eq!(action(&key(KeyCode::Char('e')), n), Some(Action::Export));
        assert_eq!(action(&key(KeyCode::Char(' ')), n), Some(Action::Mark));
        assert_eq!(action(&key(KeyCode::Char('c')), n), Some(Action::Compare));
        assert_eq!(action(&key(KeyCode::Char('i')), n), Some(Action::Issues));
        assert_eq!(action(&key(KeyCode::Char('a')), n), Some(Action::Ask));
    }

    #[test]
    fn in_a_text_field_letters_are_typed_but_ctrl_c_still_quits() {
        let t = Mode::Text;
        assert_eq!(
            action(&key(KeyCode::Char('q')), t),
            Some(Action::Input('q'))
        );
        assert_eq!(
            action(&key(KeyCode::Char('ł')), t),
            Some(Action::Input('ł'))
        );
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(action(&ctrl_c, t), Some(Action::Interrupt));
        assert_eq!(action(&key(KeyCode::Esc), t), Some(Action::Close));
    }

    #[test]
    fn key_releases_are_ignored() {
        let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action(&Event::Key(release), Mode::Normal), None);
    }
}
