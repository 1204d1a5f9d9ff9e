//! The pure quiz engine of Circulation Check (placeholder; being written).
