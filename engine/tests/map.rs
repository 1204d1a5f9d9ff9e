//! `Map` against `BTreeMap` as the oracle: the same random inserts and
//! removes give the same entries, order, lookups and serde form.

use std::collections::BTreeMap;

use circulation_engine::Map;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Insert(String, u8),
    Remove(String),
}

fn op() -> impl Strategy<Value = Op> {
    // Few distinct keys, so replacing and removing present keys is common.
    let key = "[a-d]{0,2}";
    prop_oneof![
        (key, any::<u8>()).prop_map(|(k, v)| Op::Insert(k, v)),
        key.prop_map(Op::Remove),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn behaves_like_a_btreemap(ops in prop::collection::vec(op(), 0..40)) {
        let mut ours = Map::new();
        let mut oracle = BTreeMap::new();
        for op in ops {
            match op {
                Op::Insert(k, v) => prop_assert_eq!(ours.insert(k.clone(), v), oracle.insert(k, v)),
                Op::Remove(k) => prop_assert_eq!(ours.remove(&k), oracle.remove(&k)),
            }
            prop_assert_eq!(ours.len(), oracle.len());
        }
        let a: Vec<_> = ours.iter().collect();
        let b: Vec<_> = oracle.iter().collect();
        prop_assert_eq!(a, b);
        for k in ["", "a", "ab", "dd", "zz"] {
            prop_assert_eq!(ours.get(k), oracle.get(k));
            prop_assert_eq!(ours.contains_key(k), oracle.contains_key(k));
        }
        prop_assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&oracle).unwrap()
        );
        let back: Map<u8> = serde_json::from_str(&serde_json::to_string(&oracle).unwrap()).unwrap();
        prop_assert!(back == ours);
    }
}
