//! What the visitor has picked on one question screen before pressing Next
//! (the draft), the edits a screen can make to it, and turning it into the
//! engine's `Answer` or a reason it cannot be one yet. Pure, so every kind
//! of question is tested natively.

use engine::units::{self, UnitError};
use engine::{Answer, HeightUnit, Kind, Locale, Map, Question};

/// The typed height and weight fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BodyFields {
    /// Feet (US) or centimetres (everywhere else).
    pub height: String,
    /// Inches (US only).
    pub inches: String,
    /// Pounds (US) or kilograms.
    pub weight: String,
}

/// Which typed field an edit changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Height,
    Inches,
    Weight,
}

/// What the visitor has picked so far on one screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// Yes/no and single choice.
    pub choice: Option<String>,
    /// Checklist.
    pub ticked: Vec<String>,
    /// Ratings and grid rows: item or row id to option id.
    pub rows: Map<String>,
    pub body: BodyFields,
}

/// One change a screen makes to its draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Pick a yes/no or single-choice option.
    Choose(&'static str),
    /// Tick or untick a checklist option; `none` is the question's
    /// exclusive "none of these".
    Toggle {
        option: &'static str,
        none: &'static str,
    },
    /// Pick an option in one rating or grid row.
    Row {
        row: &'static str,
        option: &'static str,
    },
    /// Type into a height or weight field.
    Type(Field, String),
}

/// Why the draft cannot be sent yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    ChooseOne,
    ChooseSome,
    RateEach,
    AnswerEach,
    /// A height or weight that cannot be read, or is not plausible.
    Body {
        height: Option<UnitError>,
        weight: Option<UnitError>,
    },
}

/// The 0-3 scale of a rating item: none, mild, moderate, severe.
pub const RATING_OPTIONS: [&str; 4] = ["0", "1", "2", "3"];

impl Draft {
    /// The draft for a question, from its saved answer (coming back to it)
    /// or its defaults: ratings start at "None", so a visitor without
    /// symptoms moves on at once and anyone else changes only what bothers
    /// them.
    pub fn from_answer(kind: Kind, locale: Locale, answer: Option<&Answer>) -> Draft {
        let mut d = Draft::default();
        match (kind, answer) {
            (_, Some(Answer::Yes)) => d.choice = Some("yes".into()),
            (_, Some(Answer::No)) => d.choice = Some("no".into()),
            (_, Some(Answer::Unsure)) => d.choice = Some("unsure".into()),
            (_, Some(Answer::Choice(c))) => d.choice = Some(c.clone()),
            (_, Some(Answer::Choices(t))) => d.ticked = t.clone(),
            (_, Some(Answer::Ratings(r))) => {
                // Inserted one by one: a collected map sorts first, and
                // that sort costs kilobytes of wasm.
                for (k, v) in r {
                    d.rows.insert(k.clone(), v.to_string());
                }
            }
            (_, Some(Answer::Grid(g))) => d.rows = g.clone(),
            (
                _,
                Some(Answer::Body {
                    height_mm,
                    weight_g,
                }),
            ) => {
                if let Some(mm) = height_mm {
                    (d.body.height, d.body.inches) = units::height_fields(locale, *mm);
                }
                if let Some(g) = weight_g {
                    d.body.weight = units::weight_field(locale, *g);
                }
            }
            (Kind::Ratings { items }, None) => {
                for i in items {
                    d.rows.insert(i.to_string(), "0".to_string());
                }
            }
            _ => {}
        }
        d
    }

    /// The draft after one edit.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Choose(option) => self.choice = Some(option.to_owned()),
            Edit::Toggle { option, none } => {
                if self.ticked.iter().any(|t| t == option) {
                    self.ticked.retain(|t| t != option);
                } else if option == none {
                    self.ticked = vec![none.to_owned()];
                } else {
                    self.ticked.retain(|t| t != none);
                    self.ticked.push(option.to_owned());
                }
            }
            Edit::Row { row, option } => {
                self.rows.insert(row.to_owned(), option.to_owned());
            }
            Edit::Type(field, text) => match field {
                Field::Height => self.body.height = text,
                Field::Inches => self.body.inches = text,
                Field::Weight => self.body.weight = text,
            },
        }
    }

    /// The answer this draft gives for `q`, or why it cannot yet.
    pub fn to_answer(&self, q: &Question, locale: Locale) -> Result<Answer, Problem> {
        match q.kind {
            Kind::YesNo { .. } => match self.choice.as_deref() {
                Some("yes") => Ok(Answer::Yes),
                Some("no") => Ok(Answer::No),
                Some("unsure") => Ok(Answer::Unsure),
                _ => Err(Problem::ChooseOne),
            },
            Kind::Single { .. } => self
                .choice
                .clone()
                .map(Answer::Choice)
                .ok_or(Problem::ChooseOne),
            Kind::Multi { .. } if self.ticked.is_empty() => Err(Problem::ChooseSome),
            Kind::Multi { .. } => Ok(Answer::Choices(self.ticked.clone())),
            Kind::Ratings { items } => {
                let mut out = Map::new();
                for item in items {
                    match self.rows.get(item).and_then(|v| v.parse::<u8>().ok()) {
                        Some(v) => out.insert(item.to_string(), v),
                        None => return Err(Problem::RateEach),
                    };
                }
                Ok(Answer::Ratings(out))
            }
            Kind::Grid { rows } => {
                if !q.optional && rows.iter().any(|r| !self.rows.contains_key(r.id)) {
                    return Err(Problem::AnswerEach);
                }
                Ok(Answer::Grid(self.rows.clone()))
            }
            Kind::Body => self.body_answer(locale),
        }
    }

    fn body_answer(&self, locale: Locale) -> Result<Answer, Problem> {
        let b = &self.body;
        let blank = |s: &str| s.trim().is_empty();
        let height = match (blank(&b.height) && blank(&b.inches), locale.units().height) {
            (true, _) => Ok(None),
            (false, HeightUnit::FeetInches) => {
                units::parse_height(locale, &b.height, &b.inches).map(Some)
            }
            (false, HeightUnit::Cm) => units::parse_height(locale, &b.height, "").map(Some),
        };
        let weight = match blank(&b.weight) {
            true => Ok(None),
            false => units::parse_weight(locale, &b.weight).map(Some),
        };
        match (height, weight) {
            (Ok(height_mm), Ok(weight_g)) => Ok(Answer::Body {
                height_mm,
                weight_g,
            }),
            (h, w) => Err(Problem::Body {
                height: h.err(),
                weight: w.err(),
            }),
        }
    }
}
