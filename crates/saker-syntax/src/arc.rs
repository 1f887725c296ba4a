//! Greedy arc-hybrid transition system with a dynamic oracle (Goldberg & Nivre 2013).
//!
//! Nodes are numbered 0 (the artificial root) to `n`. The root sits at the bottom of the stack;
//! the buffer is always the contiguous suffix `b..=n`. Transitions (class indices):
//! `0` SHIFT, `1 + 2l` LEFT with label `l` (head b0, dependent s0), `2 + 2l` RIGHT with label `l`
//! (head s1, dependent s0). The root may take a dependent only when the buffer is empty and
//! only with the `root` label, so every parse has exactly one root.

use crate::feat::{f1, f2, f3, f4};

/// No node.
pub(crate) const NIL: u32 = u32::MAX;
/// Word value of the artificial root.
const ROOT_W: u64 = 0x0bad_cafe_0000_0001;
/// Value for an absent word, tag or label.
const NONE: u64 = 0;

/// The templates of the compact feature set (bit `i` = template `i` of
/// [`State::features`]): 52 of the 84, dropping most word-pair, second-child and
/// word-valency templates, so a transition needs 52 lookups instead of 84.
const COMPACT: u128 = 0x2ae0649153d7feefdb9ff;

/// All 84 templates.
const ALL: u128 = (1 << 84) - 1;

/// Number of templates in the compact set.
#[cfg(test)]
pub(crate) const N_COMPACT: usize = 52;

/// Class index of SHIFT.
pub(crate) const SHIFT: usize = 0;

/// Kind of a transition class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Move {
    /// Push b0.
    Shift,
    /// b0 → s0 with a label.
    Left(u8),
    /// s1 → s0 with a label.
    Right(u8),
}

/// The move a class index stands for.
#[inline]
pub(crate) fn decode(c: usize) -> Move {
    if c == SHIFT {
        Move::Shift
    } else if c % 2 == 1 {
        Move::Left(((c - 1) / 2) as u8)
    } else {
        Move::Right(((c - 2) / 2) as u8)
    }
}

/// Number of classes for `n_labels` labels.
pub(crate) fn n_classes(n_labels: usize) -> usize {
    1 + 2 * n_labels
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Node {
    pub head: u32,
    pub label: u8,
    lc1: u32,
    lc2: u32,
    rc1: u32,
    rc2: u32,
    nl: u8,
    nr: u8,
    lset: u64,
    rset: u64,
}

impl Default for Node {
    fn default() -> Self {
        Node {
            head: NIL,
            label: 0,
            lc1: NIL,
            lc2: NIL,
            rc1: NIL,
            rc2: NIL,
            nl: 0,
            nr: 0,
            lset: 0,
            rset: 0,
        }
    }
}

/// A parser configuration.
pub(crate) struct State {
    n: usize,
    pub stack: Vec<u32>,
    pub b: usize,
    pub nodes: Vec<Node>,
    root_label: u8,
}

impl State {
    /// The initial configuration for `n` words.
    pub(crate) fn new(n: usize, root_label: u8) -> Self {
        let mut stack = Vec::with_capacity(n + 1);
        stack.push(0);
        State {
            n,
            stack,
            b: 1,
            nodes: vec![Node::default(); n + 1],
            root_label,
        }
    }

    /// True when parsing is over.
    pub(crate) fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() <= 1
    }

    #[inline]
    fn s(&self, k: usize) -> u32 {
        if self.stack.len() > k {
            self.stack[self.stack.len() - 1 - k]
        } else {
            NIL
        }
    }

    #[inline]
    fn buf(&self, k: usize) -> u32 {
        let i = self.b + k;
        if i <= self.n {
            i as u32
        } else {
            NIL
        }
    }

    /// Whether class `c` may be applied now.
    #[inline]
    pub(crate) fn valid(&self, c: usize) -> bool {
        let buf = self.b <= self.n;
        match decode(c) {
            Move::Shift => buf,
            Move::Left(l) => buf && self.stack.len() >= 2 && l != self.root_label,
            Move::Right(l) => {
                if self.stack.len() >= 3 {
                    l != self.root_label
                } else {
                    self.stack.len() == 2 && !buf && l == self.root_label
                }
            }
        }
    }

    fn attach(&mut self, h: u32, d: u32, l: u8) {
        self.nodes[d as usize].head = h;
        self.nodes[d as usize].label = l;
        let bit = 1u64 << (l % 64);
        let hn = &mut self.nodes[h as usize];
        if d < h {
            hn.nl = hn.nl.saturating_add(1);
            hn.lset |= bit;
            if hn.lc1 == NIL || d < hn.lc1 {
                hn.lc2 = hn.lc1;
                hn.lc1 = d;
            } else if hn.lc2 == NIL || d < hn.lc2 {
                hn.lc2 = d;
            }
        } else {
            hn.nr = hn.nr.saturating_add(1);
            hn.rset |= bit;
            if hn.rc1 == NIL || d > hn.rc1 {
                hn.rc2 = hn.rc1;
                hn.rc1 = d;
            } else if hn.rc2 == NIL || d > hn.rc2 {
                hn.rc2 = d;
            }
        }
    }

    /// Applies a valid class.
    pub(crate) fn apply(&mut self, c: usize) {
        match decode(c) {
            Move::Shift => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            Move::Left(l) => {
                if let Some(s0) = self.stack.pop() {
                    self.attach(self.b as u32, s0, l);
                }
            }
            Move::Right(l) => {
                if let Some(s0) = self.stack.pop() {
                    let s1 = self.s(0);
                    self.attach(s1, s0, l);
                }
            }
        }
    }

    /// Unlabelled costs (SHIFT, LEFT, RIGHT) of the dynamic oracle against gold `heads`
    /// (index by node; `heads[0]` unused) with `deps[h]` the gold dependents of `h`.
    pub(crate) fn costs(&self, heads: &[u32], deps: &[Vec<u32>]) -> [u32; 3] {
        let mut out = [u32::MAX; 3];
        let b = self.b as u32;
        let in_buf = |x: u32| x != NIL && x >= b && (x as usize) <= self.n;
        if self.b <= self.n {
            let b0 = b;
            let s0 = self.s(0);
            let mut c = 0;
            for &d in &self.stack {
                if d != 0 && heads[d as usize] == b0 {
                    c += 1;
                }
            }
            let h = heads[b0 as usize];
            if h != s0 && self.stack.contains(&h) {
                c += 1;
            }
            out[0] = c;
        }
        if self.stack.len() >= 2 {
            let s0 = self.s(0);
            let s1 = self.s(1);
            let dep_cost = deps[s0 as usize].iter().filter(|&&d| in_buf(d)).count() as u32;
            let h = heads[s0 as usize];
            if self.b <= self.n {
                let lost_head = h != b && (h == s1 || in_buf(h));
                out[1] = dep_cost + lost_head as u32;
            }
            out[2] = dep_cost + in_buf(h) as u32;
        }
        out
    }

    /// Cost of class `c` given the unlabelled costs and gold labels.
    pub(crate) fn class_cost(&self, c: usize, un: &[u32; 3], heads: &[u32], labels: &[u8]) -> u32 {
        match decode(c) {
            Move::Shift => un[0],
            Move::Left(l) => {
                let s0 = self.s(0) as usize;
                un[1].saturating_add((heads[s0] == self.b as u32 && labels[s0] != l) as u32)
            }
            Move::Right(l) => {
                let s0 = self.s(0) as usize;
                un[2].saturating_add((heads[s0] == self.s(1) && labels[s0] != l) as u32)
            }
        }
    }

    /// Writes the feature keys of this configuration into `out` (cleared first). `w` and `t` give
    /// word and tag values per node (index 0 is the root). With `compact`, only the templates of
    /// the compact set are kept.
    pub(crate) fn features(&self, w: &[u64], t: &[u64], compact: bool, out: &mut Vec<u64>) {
        if compact {
            self.template_features::<COMPACT>(w, t, out);
        } else {
            self.template_features::<ALL>(w, t, out);
        }
    }

    /// The keys of the templates in `KEEP` (bit `i` = template `i`), in template order; the
    /// others are not computed at all.
    fn template_features<const KEEP: u128>(&self, w: &[u64], t: &[u64], out: &mut Vec<u64>) {
        out.clear();
        let ww = |i: u32| -> u64 {
            if i == NIL {
                NONE
            } else if i == 0 {
                ROOT_W
            } else {
                w[i as usize]
            }
        };
        let tt = |i: u32| -> u64 {
            if i == NIL {
                NONE
            } else if i == 0 {
                ROOT_W
            } else {
                t[i as usize]
            }
        };
        let node = |i: u32| -> Option<&Node> {
            if i == NIL {
                None
            } else {
                self.nodes.get(i as usize)
            }
        };
        let lab = |i: u32| -> u64 { node(i).map_or(NONE, |n| n.label as u64 + 1) };
        let s0 = self.s(0);
        let s1 = self.s(1);
        let s2 = self.s(2);
        let b0 = self.buf(0);
        let b1 = self.buf(1);
        let b2 = self.buf(2);
        let n0 = node(s0).copied().unwrap_or_default();
        let n1 = node(s1).copied().unwrap_or_default();
        let nb = node(b0).copied().unwrap_or_default();
        let (s0l, s0l2, s0r, s0r2) = (n0.lc1, n0.lc2, n0.rc1, n0.rc2);
        let (s1l, s1r) = (n1.lc1, n1.rc1);
        let (b0l, b0l2) = (nb.lc1, nb.lc2);

        let (s0w, s0t) = (ww(s0), tt(s0));
        let (s1w, s1t) = (ww(s1), tt(s1));
        let (b0w, b0t) = (ww(b0), tt(b0));
        let (b1w, b1t) = (ww(b1), tt(b1));
        let (b2w, b2t) = (ww(b2), tt(b2));
        let s2t = tt(s2);
        let dist = |a: u32, b: u32| -> u64 {
            if a == NIL || b == NIL || a == 0 {
                99
            } else {
                (b.saturating_sub(a)).min(8) as u64
            }
        };
        let d = dist(s0, b0);
        let d2 = dist(s1, s0);

        let o = out;
        // Pushes template `$i`'s key if `$i` is in `KEEP`.
        macro_rules! push {
            ($i:literal, $key:expr) => {
                if (KEEP >> $i) & 1 == 1 {
                    o.push($key);
                }
            };
        }
        push!(0, f1(0, 0));
        push!(1, f1(1, s0w));
        push!(2, f1(2, s0t));
        push!(3, f2(3, s0w, s0t));
        push!(4, f1(4, b0w));
        push!(5, f1(5, b0t));
        push!(6, f2(6, b0w, b0t));
        push!(7, f1(7, b1w));
        push!(8, f1(8, b1t));
        push!(9, f2(9, b1w, b1t));
        push!(10, f1(10, b2w));
        push!(11, f1(11, b2t));
        push!(12, f1(12, s1w));
        push!(13, f1(13, s1t));
        push!(14, f2(14, s1w, s1t));
        push!(15, f1(15, s2t));
        // pairs
        push!(16, f4(16, s0w, s0t, b0w, b0t));
        push!(17, f3(17, s0w, s0t, b0w));
        push!(18, f3(18, s0w, b0w, b0t));
        push!(19, f3(19, s0w, s0t, b0t));
        push!(20, f3(20, s0t, b0w, b0t));
        push!(21, f2(21, s0w, b0w));
        push!(22, f2(22, s0t, b0t));
        push!(23, f2(23, b0t, b1t));
        push!(24, f2(24, s1w, s0w));
        push!(25, f2(25, s1t, s0t));
        push!(26, f3(26, s1w, s1t, s0t));
        push!(27, f3(27, s1t, s0w, s0t));
        push!(28, f3(28, s1w, s0w, s0t));
        // tag triples
        push!(29, f3(29, b0t, b1t, b2t));
        push!(30, f3(30, s0t, b0t, b1t));
        push!(31, f3(31, s1t, s0t, b0t));
        push!(32, f3(32, s0t, tt(s0l), b0t));
        push!(33, f3(33, s0t, tt(s0r), b0t));
        push!(34, f3(34, s0t, b0t, tt(b0l)));
        push!(35, f3(35, s2t, s1t, s0t));
        push!(36, f3(36, s1t, tt(s1r), s0t));
        push!(37, f3(37, s1t, s0t, tt(s0l)));
        push!(38, f3(38, s1t, tt(s1l), s0t));
        // distance
        push!(39, f2(39, s0w, d));
        push!(40, f2(40, s0t, d));
        push!(41, f2(41, b0w, d));
        push!(42, f2(42, b0t, d));
        push!(43, f3(43, s0w, b0w, d));
        push!(44, f3(44, s0t, b0t, d));
        push!(45, f3(45, s1t, s0t, d2));
        push!(46, f3(46, s1w, s0w, d2));
        // valency
        push!(47, f2(47, s0w, n0.nr as u64));
        push!(48, f2(48, s0t, n0.nr as u64));
        push!(49, f2(49, s0w, n0.nl as u64));
        push!(50, f2(50, s0t, n0.nl as u64));
        push!(51, f2(51, b0w, nb.nl as u64));
        push!(52, f2(52, b0t, nb.nl as u64));
        push!(53, f2(53, s1t, n1.nr as u64));
        // children
        push!(54, f1(54, ww(s0l)));
        push!(55, f1(55, tt(s0l)));
        push!(56, f1(56, lab(s0l)));
        push!(57, f1(57, ww(s0r)));
        push!(58, f1(58, tt(s0r)));
        push!(59, f1(59, lab(s0r)));
        push!(60, f1(60, ww(b0l)));
        push!(61, f1(61, tt(b0l)));
        push!(62, f1(62, lab(b0l)));
        push!(63, f1(63, ww(s1r)));
        push!(64, f1(64, tt(s1r)));
        push!(65, f1(65, lab(s1r)));
        push!(66, f2(66, s1t, lab(s1l)));
        // second-order children
        push!(67, f1(67, tt(s0l2)));
        push!(68, f1(68, lab(s0l2)));
        push!(69, f1(69, tt(s0r2)));
        push!(70, f1(70, lab(s0r2)));
        push!(71, f1(71, tt(b0l2)));
        push!(72, f1(72, lab(b0l2)));
        push!(73, f3(73, s0t, lab(s0l), lab(s0l2)));
        push!(74, f3(74, s0t, lab(s0r), lab(s0r2)));
        push!(75, f3(75, b0t, lab(b0l), lab(b0l2)));
        // label sets
        push!(76, f2(76, s0w, n0.rset));
        push!(77, f2(77, s0t, n0.rset));
        push!(78, f2(78, s0w, n0.lset));
        push!(79, f2(79, s0t, n0.lset));
        push!(80, f2(80, b0w, nb.lset));
        push!(81, f2(81, b0t, nb.lset));
        push!(82, f3(82, s0t, b0t, n0.rset));
        push!(83, f3(83, s1t, s0t, n1.rset));
    }
}

/// Best valid class by integer scores (ties go to the lower class index); `usize::MAX` when
/// no class is valid. Validity is [`State::valid`], worked out once per configuration.
pub(crate) fn best_valid_i32(st: &State, scores: &[i32]) -> usize {
    let buf = st.b <= st.n;
    let depth = st.stack.len();
    let left_ok = buf && depth >= 2;
    let right_all = depth >= 3;
    let right_root = depth == 2 && !buf;
    let root_left = 1 + 2 * st.root_label as usize;
    let root_right = 2 + 2 * st.root_label as usize;
    let mut best = usize::MAX;
    let mut top = i32::MIN;
    for (c, &s) in scores.iter().enumerate() {
        let ok = if c == SHIFT {
            buf
        } else if c % 2 == 1 {
            left_ok && c != root_left
        } else if right_all {
            c != root_right
        } else {
            right_root && c == root_right
        };
        if ok && (best == usize::MAX || s > top) {
            best = c;
            top = s;
        }
    }
    best
}

/// Parses `n` words whose word and tag values are `w[1..=n]`, `t[1..=n]` (index 0 unused);
/// returns (head, label) per word, heads 1-based with 0 = root.
pub(crate) fn parse(
    model: &crate::linear::Linear,
    root_label: u8,
    compact: bool,
    w: &[u64],
    t: &[u64],
    n: usize,
) -> Vec<(u32, u8)> {
    let mut st = State::new(n, root_label);
    let mut feats = Vec::with_capacity(96);
    let mut scores = vec![0i32; model.n_classes()];
    let root_right = 2 + 2 * root_label as usize;
    while !st.terminal() {
        // forced moves need no scoring: only SHIFT from the bare root, only RIGHT-root at the end
        if st.stack.len() == 1 {
            st.apply(SHIFT);
            continue;
        }
        if st.stack.len() == 2 && st.b > n {
            st.apply(root_right);
            continue;
        }
        st.features(w, t, compact, &mut feats);
        model.score(&feats, &mut scores);
        let c = best_valid_i32(&st, &scores);
        if c == usize::MAX {
            break;
        }
        st.apply(c);
    }
    (1..=n)
        .map(|i| {
            let nd = st.nodes[i];
            if nd.head == NIL {
                (0, root_label)
            } else {
                (nd.head, nd.label)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows the oracle's zero-cost moves on a projective tree and recovers it exactly.
    #[test]
    fn oracle_recovers_a_projective_tree() {
        // "the man saw a dog": heads 2 3 0 5 3, labels det nsubj root det obj
        let heads: Vec<u32> = vec![NIL, 2, 3, 0, 5, 3];
        let labels: Vec<u8> = vec![0, 1, 2, 0, 1, 3];
        let mut deps = vec![Vec::new(); 6];
        for d in 1..6 {
            deps[heads[d] as usize].push(d as u32);
        }
        let mut st = State::new(5, 0);
        let nc = n_classes(4);
        while !st.terminal() {
            let un = st.costs(&heads, &deps);
            let c = (0..nc)
                .filter(|&c| st.valid(c))
                .min_by_key(|&c| st.class_cost(c, &un, &heads, &labels))
                .unwrap();
            assert_eq!(st.class_cost(c, &un, &heads, &labels), 0);
            st.apply(c);
        }
        for d in 1..6 {
            assert_eq!(st.nodes[d].head, heads[d]);
            assert_eq!(st.nodes[d].label, labels[d]);
        }
    }

    /// The best valid class is the first highest-scoring class that `State::valid` allows, in
    /// every kind of configuration (bare root, full buffer, empty buffer, deep stack).
    #[test]
    fn best_valid_class_follows_the_validity_rules() {
        let n_labels = 5;
        let nc = n_classes(n_labels);
        for root_label in [0u8, 2, 4] {
            let mut st = State::new(4, root_label);
            let mut step = 0usize;
            loop {
                for seed in 0..40i32 {
                    // few distinct values, so that ties are common
                    let scores: Vec<i32> =
                        (0..nc as i32).map(|c| (c * 7 + seed * 13) % 5).collect();
                    let want = (0..nc).filter(|&c| st.valid(c)).fold(usize::MAX, |b, c| {
                        if b == usize::MAX || scores[c] > scores[b] {
                            c
                        } else {
                            b
                        }
                    });
                    assert_eq!(best_valid_i32(&st, &scores), want);
                }
                if st.terminal() {
                    break;
                }
                // cycle through the moves, taking the first valid one from a rotating start
                let c = (0..nc)
                    .map(|k| (k + step * 3) % nc)
                    .find(|&c| st.valid(c))
                    .expect("a non-terminal state has a valid move");
                st.apply(c);
                step += 1;
            }
        }
    }

    #[test]
    fn compact_set_is_a_subset_in_template_order() {
        let mut st = State::new(3, 0);
        st.apply(SHIFT);
        st.apply(SHIFT);
        let (w, t) = ([0, 11, 12, 13], [0, 1, 2, 3]);
        let (mut all, mut few) = (Vec::new(), Vec::new());
        st.features(&w, &t, false, &mut all);
        st.features(&w, &t, true, &mut few);
        assert_eq!(all.len(), 84);
        assert_eq!(few.len(), N_COMPACT);
        let kept: Vec<u64> = (0..84)
            .filter(|&i| COMPACT >> i & 1 == 1)
            .map(|i| all[i])
            .collect();
        assert_eq!(kept, few);
    }

    #[test]
    fn only_one_root_dependent_is_possible() {
        let mut st = State::new(3, 0);
        // label 0 is root: RIGHT root is invalid while the buffer is not empty
        st.apply(SHIFT);
        assert!(!st.valid(2));
        assert!(!st.valid(1), "LEFT with the root label is never valid");
        st.apply(SHIFT);
        st.apply(SHIFT);
        assert!(st.valid(4) && !st.valid(2));
        st.apply(4);
        st.apply(4);
        assert!(st.valid(2));
        st.apply(2);
        assert!(st.terminal());
        let roots = st.nodes[1..].iter().filter(|n| n.head == 0).count();
        assert_eq!(roots, 1);
    }
}
