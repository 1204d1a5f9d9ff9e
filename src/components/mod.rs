//! Small views of the widget, one component per file. They receive plain
//! data and callbacks; state and effects stay in `app`.

pub mod chart;
pub mod ending;
pub mod heading;
pub mod history;
pub mod question;
pub mod result;
pub mod start;
pub mod summary;
pub mod transfer;
