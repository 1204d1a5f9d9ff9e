//! Small pieces the screens share: headings, buttons, reasons and sources,
//! the charts, and the keep-a-copy section. Plain functions returning
//! `Html` where nothing is kept between renders (a component costs code
//! for its lifecycle in every build); components only where state is.

pub mod button;
pub mod chart;
pub mod heading;
pub mod products;
pub mod reasons;
pub mod size_finder;
pub mod transfer;
