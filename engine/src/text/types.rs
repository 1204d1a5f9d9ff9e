//! The shapes of user-facing text (what a question, a banner or a tip
//! says), shared by every language module and the public `text` API.

/// The words of one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    /// The question itself.
    pub title: &'static str,
    /// A short hint under it, if any.
    pub help: Option<&'static str>,
    /// A few words naming the topic, used in reasons.
    pub topic: &'static str,
    /// Labels keyed by option, item, row or rating-value ("0"-"3") id;
    /// for `Body`, keyed "height" and "weight".
    pub labels: &'static [(&'static str, &'static str)],
}

impl QuestionText {
    /// The label for an option, item or row id.
    pub fn label(&self, id: &str) -> Option<&'static str> {
        self.labels.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
    }
}

/// The banner for a triage level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelText {
    /// Short heading, e.g. "Call 911 now".
    pub heading: String,
    /// What to do.
    pub action: String,
    /// One more line (what we will and won't show, or when to seek help).
    pub detail: &'static str,
}

/// The words of one recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecText {
    /// Title (differs when the tip is gated).
    pub title: &'static str,
    /// Paragraphs or bullet points.
    pub body: Vec<String>,
}

/// Fixed lines the result and the quiz chrome need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notices {
    /// The sponsorship and "not medical advice" line.
    pub sponsorship: &'static str,
    /// The underlying-condition note.
    pub doctor_talk: &'static str,
    /// Heading before reasons.
    pub because: &'static str,
    /// Heading before sources.
    pub sources: &'static str,
    /// Badge for a gated tip.
    pub ask_first: &'static str,
    /// The shop link's label (compression, when allowed).
    pub shop_link: &'static str,
    /// What the venous picture is and is not.
    pub venous_picture: &'static str,
    /// Heading for changeable risk factors.
    pub can_change: &'static str,
    /// Heading for fixed risk factors.
    pub cant_change: &'static str,
    /// Buttons.
    pub start: &'static str,
    /// Buttons.
    pub next: &'static str,
    /// Buttons.
    pub back: &'static str,
    /// Buttons.
    pub skip: &'static str,
    /// Buttons.
    pub see_result: &'static str,
    /// Buttons.
    pub start_again: &'static str,
}

/// Unit symbols for a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitSymbols {
    /// "ft".
    pub ft: &'static str,
    /// "in".
    pub inch: &'static str,
    /// "cm".
    pub cm: &'static str,
    /// "lb".
    pub lb: &'static str,
    /// "kg".
    pub kg: &'static str,
    /// "fl oz".
    pub fl_oz: &'static str,
    /// "ml".
    pub ml: &'static str,
    /// "liters" or "litres".
    pub litres: &'static str,
}

/// What the under-18 screen says, top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Under18Screen {
    /// The level's banner, first, whenever the safety questions raised an
    /// urgent or see-soon sign (the reasons and sources go with it).
    pub banner: Option<LevelText>,
    /// With such a sign: ask a trusted adult to help, now or soon.
    pub adult_help: Option<&'static str>,
    /// "This check is made for adults aged 18 and over ..."
    pub note: &'static str,
}

/// An unsigned integer with thousands separators, e.g. "2,300".
pub fn group(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
