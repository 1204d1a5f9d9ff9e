//! The widget's screens, one a file. Stateless screens are plain functions
//! of the `Env` and what they show; the question and "My saved results"
//! keep state of their own and are components.

pub mod emergency;
pub mod history;
pub mod past;
pub mod question;
pub mod result;
pub mod start;
pub mod summary;
pub mod under_18;
