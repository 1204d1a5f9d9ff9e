//! One stable sort for the widget's lists: a dozen recommendations, or a
//! visitor's saved results, which a hostile import or stored text can make
//! tens of thousands long.
//!
//! Why not `slice::sort_by`: the standard stable sort (driftsort) is a few
//! kilobytes of wasm for every element type it is used with. This merge
//! sort is a few hundred bytes once (it sorts positions; each type adds a
//! small permutation) and still O(n log n), so no list a page can plant
//! freezes it (an insertion sort here once was quadratic).

use std::cmp::Ordering;

/// Runs this short are sorted by insertion, which is fastest there.
const SHORT: usize = 16;

/// Sorts `v` by `cmp`, keeping equal elements in their order (stable), in
/// O(n log n) time.
///
/// The merge sort runs on the elements' positions, not the elements, so the
/// wasm holds one copy of it for every element type and call site; each
/// type adds only the small in-place permutation at the end.
pub fn stable_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    merge_sort(&mut order, &mut |&a: &usize, &b: &usize| cmp(&v[a], &v[b]));
    permute(v, &mut order);
}

/// Puts `v[order[i]]` at `i` for every `i`, in place and in O(n): each
/// cycle of the permutation is walked once, and `order` marks the places
/// already filled (`usize::MAX`).
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = std::mem::replace(&mut order[at], usize::MAX);
            if from == usize::MAX || from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// The comparison is a `dyn` call, and `stable_sort_by` sorts positions
/// only, so the wasm holds one copy of this sort.
fn merge_sort(v: &mut Vec<usize>, cmp: &mut dyn FnMut(&usize, &usize) -> Ordering) {
    if v.len() <= SHORT {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut right = v.split_off(v.len() / 2);
    merge_sort(v, cmp);
    merge_sort(&mut right, cmp);
    let left = std::mem::take(v);
    v.reserve(left.len() + right.len());
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    loop {
        // Equal elements: the left one first, which keeps the sort stable.
        let from_right = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => cmp(b, a) == Ordering::Less,
            (None, Some(_)) => true,
            (_, None) => false,
        };
        match if from_right { r.next() } else { l.next() } {
            Some(x) => v.push(x),
            None => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u32;
        for len in (0..40).chain([100, 257, 1000]) {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut ours = v.clone();
            let mut std = v;
            stable_sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn moves_owned_elements_into_their_places() {
        // Strings own their bytes: a wrong permutation would lose or
        // repeat one, not just misorder it.
        let mut v: Vec<String> = ["d", "b", "e", "a", "c", "b"].map(String::from).to_vec();
        stable_sort_by(&mut v, |a, b| a.cmp(b));
        assert_eq!(v, ["a", "b", "b", "c", "d", "e"]);
    }

    #[test]
    fn a_long_list_in_the_worst_order_takes_n_log_n_comparisons() {
        // Reversed is the worst order for an insertion sort: 200,000
        // elements would take 20 billion comparisons there. Counting them
        // (not timing them) keeps the test exact on a busy machine.
        let n: u64 = 200_000;
        let mut v: Vec<u64> = (0..n).rev().collect();
        let mut comparisons = 0u64;
        stable_sort_by(&mut v, |a, b| {
            comparisons += 1;
            a.cmp(b)
        });
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
        let log2 = 64 - u64::from(n.leading_zeros());
        assert!(comparisons <= n * log2, "{comparisons} comparisons for {n}");
    }
}
