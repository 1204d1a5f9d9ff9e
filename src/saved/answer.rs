//! One answer's saved JSON, both ways: the shape serde's derive gave
//! `Answer`, so answers saved by earlier builds read back unchanged.

use engine::Answer;

use crate::json::{object, Value};

/// An answer's saved JSON: the shape serde's derive gave `Answer` (a unit
/// variant as its name, any other as `{"Variant": data}`), so answers saved
/// by earlier builds read back unchanged. Native tests hold this to serde.
pub fn answer_value(a: &Answer) -> Value {
    let text = |s: &String| Value::from(s.as_str());
    let (tag, data) = match a {
        Answer::Yes => return "Yes".into(),
        Answer::No => return "No".into(),
        Answer::Unsure => return "Unsure".into(),
        Answer::Choice(c) => ("Choice", text(c)),
        Answer::Choices(v) => ("Choices", Value::Array(v.iter().map(text).collect())),
        Answer::Ratings(m) => (
            "Ratings",
            Value::Object(
                m.iter()
                    .map(|(k, n)| (k.clone(), u32::from(*n).into()))
                    .collect(),
            ),
        ),
        Answer::Grid(m) => (
            "Grid",
            Value::Object(m.iter().map(|(k, o)| (k.clone(), text(o))).collect()),
        ),
        Answer::Body {
            height_mm,
            weight_g,
        } => {
            let num = |n: &Option<u32>| n.map_or(Value::Null, Value::from);
            (
                "Body",
                object([("height_mm", num(height_mm)), ("weight_g", num(weight_g))]),
            )
        }
    };
    object([(tag, data)])
}

/// Reads [`answer_value`]'s shape; `None` for anything else. Whether the
/// answer fits a question is the engine's check, not this one's.
pub fn answer_of(v: &Value) -> Option<Answer> {
    if let Value::String(tag) = v {
        return match tag.as_str() {
            "Yes" => Some(Answer::Yes),
            "No" => Some(Answer::No),
            "Unsure" => Some(Answer::Unsure),
            _ => None,
        };
    }
    let fields = v.as_object().filter(|o| o.len() == 1)?;
    let (tag, data) = fields.iter().next()?;
    let text = |v: &Value| v.as_str().map(str::to_owned);
    Some(match tag.as_str() {
        "Choice" => Answer::Choice(text(data)?),
        "Choices" => match data {
            Value::Array(items) => Answer::Choices(items.iter().map(text).collect::<Option<_>>()?),
            _ => return None,
        },
        "Ratings" => Answer::Ratings(
            data.as_object()?
                .iter()
                .map(|(k, n)| Some((k.clone(), u8::try_from(n.as_u64()?).ok()?)))
                .collect::<Option<_>>()?,
        ),
        "Grid" => Answer::Grid(
            data.as_object()?
                .iter()
                .map(|(k, o)| Some((k.clone(), text(o)?)))
                .collect::<Option<_>>()?,
        ),
        "Body" => {
            data.as_object()?;
            // Missing or null is "not given"; anything else must be a u32.
            let num = |key| match data.get(key) {
                None | Some(Value::Null) => Some(None),
                Some(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()).map(Some),
            };
            Answer::Body {
                height_mm: num("height_mm")?,
                weight_g: num("weight_g")?,
            }
        }
        _ => return None,
    })
}
