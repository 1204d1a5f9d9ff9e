//! Circulation Check widget (placeholder; being written).
