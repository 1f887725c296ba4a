//! Sparse linear models: the compact quantised model used at run time, its binary encoding, and
//! the averaged perceptron that trains it.

use crate::SyntaxError;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that are already well-mixed `u64` hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// `HashMap` keyed by pre-hashed `u64`s.
pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// One hash-table slot: a 32-bit fingerprint of the feature key (0 = empty) and where its row
/// starts in `entries`. 8 bytes, so the hot table is half the size of one holding full keys.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    fp: u32,
    start: u32,
}

/// One weight: class index, end-of-row mark, quantised weight.
#[derive(Debug, Clone, Copy)]
struct Entry {
    class: u8,
    last: bool,
    w: i16,
}

#[inline]
fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32).max(1)
}

/// Rows with at least this many weights are also kept as a dense block of `width` i16s, which
/// is summed with SIMD instead of entry by entry (the frequent features — bias, tags, tag
/// pairs — have long rows and dominate the scoring work).
const DENSE_MIN: usize = 24;
/// Flag in [`Slot::start`]: the row is dense block number `start & !DENSE`.
const DENSE: u32 = 1 << 31;
/// Flag in [`Slot::start`]: the row has a single weight, kept in the slot itself (class in bits
/// 16–23, weight in bits 0–15), which saves a dependent memory access for the many rare features
/// with one weight. Sparse row starts are below this bit.
const INLINE: u32 = 1 << 30;

/// The slot value of a row with one weight.
#[inline]
fn inline_row(class: u8, w: i16) -> u32 {
    INLINE | (class as u32) << 16 | w as u16 as u32
}

/// Run-time model: feature key → sparse row of (class, i16 weight). Scores are sums of i16 weights
/// in i32, so only the argmax is meaningful.
///
/// Lookups compare 32-bit fingerprints (the high half of the key; the slot index comes from the
/// low bits), so an absent feature matches a present one with probability about 2⁻³² per probe:
/// harmless for a linear model. The full keys are kept, cold, for writing and pruning.
#[derive(Debug, Clone)]
pub(crate) struct Linear {
    n_classes: usize,
    mask: usize,
    slots: Vec<Slot>,
    /// Rows in feature order; each row ends with an entry marked `last`.
    entries: Vec<Entry>,
    /// Dense copies of the long rows, `width` weights each (zero for absent classes).
    dense: Vec<i16>,
    /// `n_classes` rounded up to a multiple of 16.
    width: usize,
    /// Full keys in feature order (row `i` belongs to `keys[i]`).
    keys: Vec<u64>,
}

/// Asks Linux to back `[ptr, ptr + bytes)` with transparent huge pages (call before the memory
/// is first written). The tables are read at random, so with 4 KiB pages nearly every lookup
/// also misses the TLB; with 2 MiB pages the whole model is covered by a few TLB entries.
/// Only the 2 MiB-aligned interior is advised; failure is harmless (the advice is a hint).
#[cfg(target_os = "linux")]
fn advise_huge_pages(ptr: *const u8, bytes: usize) {
    extern "C" {
        fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: i32) -> i32;
    }
    const MADV_HUGEPAGE: i32 = 14;
    const HUGE: usize = 2 << 20;
    let start = ptr as usize;
    let aligned = start.next_multiple_of(HUGE);
    let end = start.saturating_add(bytes);
    if end >= aligned + HUGE {
        let len = (end - aligned) / HUGE * HUGE;
        // SAFETY: madvise(MADV_HUGEPAGE) only changes how the kernel backs pages of this
        // process; the range lies inside an allocation we own, and no memory contents change.
        unsafe {
            madvise(aligned as *mut std::ffi::c_void, len, MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge_pages(_ptr: *const u8, _bytes: usize) {}

/// A vector of `n` copies of `x` whose memory is advised for huge pages before it is written.
fn huge_vec<T: Copy>(n: usize, x: T) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    advise_huge_pages(v.as_ptr().cast(), n * std::mem::size_of::<T>());
    v.resize(n, x);
    v
}

/// Hints the CPU to fetch the cache line holding `p` (a no-op where unsupported).
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch never faults, whatever the address; SSE is baseline on x86_64.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(p.cast()) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = p;
    }
}

impl Linear {
    /// Number of output classes.
    pub(crate) fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with at least one weight.
    pub(crate) fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// Builds the table from keys, row lengths (all ≥ 1, summing to `rows.len()`) and the
    /// concatenated rows of (class, weight).
    fn build(n_classes: usize, keys: Vec<u64>, lens: &[u32], rows: &[(u8, i16)]) -> Linear {
        let mut entries = Vec::with_capacity(rows.len());
        let mut a = 0usize;
        for &l in lens {
            let l = l as usize;
            for (j, &(class, w)) in rows[a..a + l].iter().enumerate() {
                entries.push(Entry {
                    class,
                    last: j + 1 == l,
                    w,
                });
            }
            a += l;
        }
        Linear::with_entries(n_classes, keys, lens, entries)
    }

    /// Builds the table over ready entries (rows in key order, each ending with `last`).
    fn with_entries(n_classes: usize, keys: Vec<u64>, lens: &[u32], entries: Vec<Entry>) -> Linear {
        let cap = (keys.len() * 4 / 3 + 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let width = n_classes.next_multiple_of(16);
        let n_dense = lens.iter().filter(|&&l| l as usize >= DENSE_MIN).count();
        let mut dense = huge_vec(n_dense * width, 0i16);
        let mut slots = huge_vec(cap, Slot::default());
        let mut start = 0u32;
        let mut block = 0usize;
        for (&k, &l) in keys.iter().zip(lens) {
            let mut i = (k as usize) & mask;
            while slots[i].fp != 0 {
                i = (i + 1) & mask;
            }
            let row_start = if l == 1 && entries.len() < INLINE as usize {
                let e = entries[start as usize];
                inline_row(e.class, e.w)
            } else if l as usize >= DENSE_MIN {
                let d = &mut dense[block * width..(block + 1) * width];
                for e in &entries[start as usize..(start + l) as usize] {
                    d[e.class as usize] = e.w;
                }
                block += 1;
                DENSE | (block - 1) as u32
            } else {
                start
            };
            slots[i] = Slot {
                fp: fingerprint(k),
                start: row_start,
            };
            start += l;
        }
        Linear {
            n_classes,
            mask,
            slots,
            entries,
            dense,
            width,
            keys,
        }
    }

    /// Rows in feature order, as (key, entries).
    fn rows(&self) -> impl Iterator<Item = (u64, &[Entry])> + '_ {
        let mut pos = 0usize;
        self.keys.iter().map(move |&k| {
            let start = pos;
            while pos < self.entries.len() && !self.entries[pos].last {
                pos += 1;
            }
            pos = (pos + 1).min(self.entries.len());
            (k, &self.entries[start..pos])
        })
    }

    /// Drops entries whose weight magnitude is below `min_abs` (in quantised units) and the
    /// features left without entries.
    pub(crate) fn prune(&self, min_abs: i16) -> Linear {
        let mut keys = Vec::new();
        let mut lens = Vec::new();
        let mut rows = Vec::new();
        for (k, row) in self.rows() {
            let before = rows.len();
            rows.extend(
                row.iter()
                    .filter(|e| e.w.unsigned_abs() >= min_abs.unsigned_abs())
                    .map(|e| (e.class, e.w)),
            );
            if rows.len() > before {
                keys.push(k);
                lens.push((rows.len() - before) as u32);
            }
        }
        Linear::build(self.n_classes, keys, &lens, &rows)
    }

    #[inline]
    fn find(&self, key: u64) -> Option<u32> {
        let fp = fingerprint(key);
        let mut i = (key as usize) & self.mask;
        loop {
            let s = self.slots[i];
            if s.fp == fp {
                return Some(s.start);
            }
            if s.fp == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the weights of `feats` into `scores` (which must have `n_classes` entries and is
    /// zeroed here first).
    ///
    /// The model is far larger than the CPU caches, so the cost is memory latency. To let the
    /// misses overlap, the slots of all features are prefetched first, then looked up while
    /// their rows are prefetched, then the rows are summed: long rows as dense SIMD blocks, short
    /// ones entry by entry into a 256-wide accumulator (no bounds checks: classes are `u8`).
    /// Scores are integer sums, so the order in which rows are added does not change them.
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], scores: &mut [i32]) {
        let mut acc = [0i32; 256];
        // dense block numbers from the front, sparse row starts from the back
        let mut rows = [0u32; 128];
        let width = self.width;
        for chunk in feats.chunks(128) {
            for &f in chunk {
                prefetch(self.slots.as_ptr().wrapping_add((f as usize) & self.mask));
            }
            let (mut nd, mut ns) = (0, rows.len());
            for &f in chunk {
                if let Some(start) = self.find(f) {
                    if start & DENSE != 0 {
                        let block = start & !DENSE;
                        rows[nd] = block;
                        nd += 1;
                        let d = self.dense.as_ptr().wrapping_add(block as usize * width);
                        let mut line = 0;
                        while line < width {
                            prefetch(d.wrapping_add(line));
                            line += 32;
                        }
                    } else if start & INLINE != 0 {
                        acc[(start >> 16 & 0xff) as usize] += start as u16 as i16 as i32;
                    } else {
                        ns -= 1;
                        rows[ns] = start;
                        prefetch(self.entries.as_ptr().wrapping_add(start as usize));
                    }
                }
            }
            self.add_dense(&rows[..nd], &mut acc);
            self.add_sparse(&rows[ns..], &mut acc);
        }
        let n = scores.len().min(acc.len());
        scores[..n].copy_from_slice(&acc[..n]);
    }

    /// Adds the dense blocks numbered `blocks` into `acc`.
    #[inline]
    fn add_dense(&self, blocks: &[u32], acc: &mut [i32; 256]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2 (checked just above).
            unsafe { self.add_dense_avx2(blocks, acc) };
            return;
        }
        let width = self.width;
        for &a in blocks {
            let b = a as usize * width;
            if let (Some(block), Some(acc)) = (self.dense.get(b..b + width), acc.get_mut(..width)) {
                for (s, &w) in acc.iter_mut().zip(block) {
                    *s += w as i32;
                }
            }
        }
    }

    /// [`Linear::add_dense`] with AVX2, 32 classes at a time: the running sums of a group of
    /// classes stay in four registers while every block's weights for those classes are added.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn add_dense_avx2(&self, blocks: &[u32], acc: &mut [i32; 256]) {
        let width = self.width.min(256);
        if blocks
            .iter()
            .any(|&a| (a as usize + 1) * self.width > self.dense.len())
        {
            return;
        }
        let mut col = 0;
        // `width` is a multiple of 16: groups of 32 classes, then possibly one of 16.
        while col + 32 <= width {
            // SAFETY: AVX2 is enabled here; the blocks lie inside `dense` (checked above) and
            // `col + 32 <= width <= 256`, the length of `acc`.
            self.add_dense_group::<4>(blocks, col, acc);
            col += 32;
        }
        if col + 16 <= width {
            // SAFETY: as above, with `col + 16 <= width`.
            self.add_dense_group::<2>(blocks, col, acc);
        }
    }

    /// Adds classes `col .. col + 8 * R` of every block in `blocks` into `acc`, keeping the
    /// running sums in `R` AVX2 registers.
    ///
    /// # Safety
    /// The CPU supports AVX2, every block of `blocks` lies inside `dense`, and
    /// `col + 8 * R <= min(width, 256)`.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    #[inline]
    unsafe fn add_dense_group<const R: usize>(
        &self,
        blocks: &[u32],
        col: usize,
        acc: &mut [i32; 256],
    ) {
        use std::arch::x86_64::{
            __m128i, __m256i, _mm256_add_epi32, _mm256_cvtepi16_epi32, _mm256_loadu_si256,
            _mm256_setzero_si256, _mm256_storeu_si256, _mm_loadu_si128,
        };
        let base = self.dense.as_ptr();
        let mut sums = [_mm256_setzero_si256(); R];
        for &a in blocks {
            // SAFETY: the caller's contract: the block and these columns lie inside `dense`.
            let p = base.add(a as usize * self.width + col);
            for (k, s) in sums.iter_mut().enumerate() {
                let w = _mm256_cvtepi16_epi32(_mm_loadu_si128(p.add(8 * k).cast::<__m128i>()));
                *s = _mm256_add_epi32(*s, w);
            }
        }
        let out = acc.as_mut_ptr();
        for (k, s) in sums.into_iter().enumerate() {
            // SAFETY: `col + 8 * R <= 256`, the length of `acc`.
            let q = out.add(col + 8 * k).cast::<__m256i>();
            _mm256_storeu_si256(q, _mm256_add_epi32(_mm256_loadu_si256(q), s));
        }
    }

    /// Adds the sparse rows starting at `rows` into `acc`.
    #[inline]
    fn add_sparse(&self, rows: &[u32], acc: &mut [i32; 256]) {
        for &a in rows {
            for e in self.entries.get(a as usize..).unwrap_or(&[]) {
                acc[e.class as usize] += e.w as i32;
                if e.last {
                    break;
                }
            }
        }
    }

    /// Appends the binary encoding (see `docs/syntax.md`). Features are written in table-slot
    /// order so that rebuilding the table at load time touches memory almost sequentially.
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        let mut rows: Vec<(usize, u64, &[Entry])> = self
            .rows()
            .map(|(k, r)| ((k as usize) & self.mask, k, r))
            .collect();
        rows.sort_by_key(|r| (r.0, r.1));
        out.extend_from_slice(&(self.n_classes as u32).to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for r in &rows {
            out.extend_from_slice(&r.1.to_le_bytes());
        }
        for r in &rows {
            out.extend_from_slice(&(r.2.len() as u32).to_le_bytes());
        }
        let n: usize = rows.iter().map(|r| r.2.len()).sum();
        out.extend_from_slice(&(n as u32).to_le_bytes());
        for r in &rows {
            out.extend(r.2.iter().map(|e| e.class));
        }
        for r in &rows {
            for e in r.2 {
                out.extend_from_slice(&e.w.to_le_bytes());
            }
        }
    }

    /// Decodes one model from `r`, checking every invariant.
    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Linear, SyntaxError> {
        let n_classes = r.u32()? as usize;
        if n_classes == 0 || n_classes > 256 {
            return Err(SyntaxError::Model(format!("bad class count {n_classes}")));
        }
        let n_feats = r.u32()? as usize;
        let key_bytes = r.take(n_feats.checked_mul(8).ok_or_else(overflow)?)?;
        let keys: Vec<u64> = key_bytes
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect();
        let len_bytes = r.take(n_feats.checked_mul(4).ok_or_else(overflow)?)?;
        let lens: Vec<u32> = len_bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let n = r.u32()? as usize;
        if n >= INLINE as usize {
            return Err(SyntaxError::Model(format!("too many weights ({n})")));
        }
        let total: u64 = lens.iter().map(|&l| l as u64).sum();
        if total != n as u64 {
            return Err(SyntaxError::Model(format!(
                "row lengths sum to {total}, entry count is {n}"
            )));
        }
        if keys.contains(&0) {
            return Err(SyntaxError::Model("feature key 0 is reserved".into()));
        }
        if lens.contains(&0) {
            return Err(SyntaxError::Model("empty weight row".into()));
        }
        let classes = r.take(n)?;
        if classes.iter().any(|&c| c as usize >= n_classes) {
            return Err(SyntaxError::Model("class index out of range".into()));
        }
        let wb = r.take(n.checked_mul(2).ok_or_else(overflow)?)?;
        let mut entries: Vec<Entry> = Vec::with_capacity(n);
        advise_huge_pages(entries.as_ptr().cast(), n * std::mem::size_of::<Entry>());
        entries.extend(classes.iter().zip(wb.chunks_exact(2)).map(|(&c, w)| Entry {
            class: c,
            last: false,
            w: i16::from_le_bytes([w[0], w[1]]),
        }));
        let mut end = 0usize;
        for &l in &lens {
            end += l as usize;
            entries[end - 1].last = true;
        }
        Ok(Linear::with_entries(n_classes, keys, &lens, entries))
    }
}

fn overflow() -> SyntaxError {
    SyntaxError::Model("size overflow".into())
}

/// Little-endian cursor over model bytes; every read is bounds-checked.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `buf`.
    pub(crate) fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], SyntaxError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| SyntaxError::Model(format!("truncated at byte {}", self.pos)))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// A little-endian u32.
    pub(crate) fn u32(&mut self) -> Result<u32, SyntaxError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A u32 count followed by that many (u16 length, UTF-8 bytes) strings.
    pub(crate) fn strings(&mut self) -> Result<Vec<String>, SyntaxError> {
        let n = self.u32()? as usize;
        let mut v = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let lb = self.take(2)?;
            let l = u16::from_le_bytes([lb[0], lb[1]]) as usize;
            let s = std::str::from_utf8(self.take(l)?)
                .map_err(|_| SyntaxError::Model("string is not UTF-8".into()))?;
            v.push(s.to_owned());
        }
        Ok(v)
    }

    /// True when every byte was read.
    pub(crate) fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }
}

/// Appends a string list in the format [`Reader::strings`] reads.
pub(crate) fn write_strings(out: &mut Vec<u8>, v: &[String]) {
    out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    for s in v {
        let b = &s.as_bytes()[..s.len().min(u16::MAX as usize)];
        out.extend_from_slice(&(b.len() as u16).to_le_bytes());
        out.extend_from_slice(b);
    }
}

#[derive(Debug, Clone, Copy)]
struct TEntry {
    class: u16,
    w: f32,
    total: f64,
    ts: u32,
}

/// Averaged multi-class perceptron with sparse rows (features are created on first update).
pub(crate) struct Perceptron {
    n_classes: usize,
    index: IdMap<u32>,
    rows: Vec<Vec<TEntry>>,
    t: u32,
}

impl Perceptron {
    /// An empty model over `n_classes` classes.
    pub(crate) fn new(n_classes: usize) -> Self {
        Perceptron {
            n_classes,
            index: IdMap::default(),
            rows: Vec::new(),
            t: 0,
        }
    }

    /// Current (non-averaged) scores of `feats`.
    pub(crate) fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for e in &self.rows[r as usize] {
                    scores[e.class as usize] += e.w;
                }
            }
        }
    }

    /// Counts one training instance (for averaging).
    pub(crate) fn tick(&mut self) {
        self.t += 1;
    }

    /// Moves weight from `guess` to `truth` for every feature.
    pub(crate) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let t = self.t;
        for &f in feats {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(f).or_insert(next);
            if r == next {
                self.rows.push(Vec::new());
            }
            let row = &mut self.rows[r as usize];
            for (c, d) in [(truth, 1.0f32), (guess, -1.0f32)] {
                match row.iter_mut().find(|e| e.class as usize == c) {
                    Some(e) => {
                        e.total += (t - e.ts) as f64 * e.w as f64;
                        e.ts = t;
                        e.w += d;
                    }
                    None => row.push(TEntry {
                        class: c as u16,
                        w: d,
                        total: 0.0,
                        ts: t,
                    }),
                }
            }
        }
    }

    /// The averaged, pruned and quantised model.
    pub(crate) fn finish(&self) -> Linear {
        let t = self.t.max(1) as f64;
        let mut feats: Vec<(u64, Vec<(u8, f32)>)> = Vec::new();
        let mut max_abs = 0f32;
        let mut keys: Vec<(&u64, &u32)> = self.index.iter().collect();
        keys.sort_unstable();
        for (&k, &r) in keys {
            let mut row: Vec<(u8, f32)> = Vec::new();
            for e in &self.rows[r as usize] {
                let avg = ((e.total + (self.t - e.ts) as f64 * e.w as f64) / t) as f32;
                if avg.abs() >= 1e-3 {
                    max_abs = max_abs.max(avg.abs());
                    row.push((e.class as u8, avg));
                }
            }
            if !row.is_empty() {
                row.sort_by_key(|e| e.0);
                feats.push((k, row));
            }
        }
        let scale = if max_abs > 0.0 {
            32000.0 / max_abs
        } else {
            1.0
        };
        let mut keys = Vec::with_capacity(feats.len());
        let mut lens = Vec::with_capacity(feats.len());
        let mut entries = Vec::new();
        for (k, row) in feats {
            let q: Vec<(u8, i16)> = row
                .into_iter()
                .map(|(c, w)| (c, (w * scale).round() as i16))
                .filter(|e| e.1 != 0)
                .collect();
            if q.is_empty() {
                continue;
            }
            keys.push(k);
            lens.push(q.len() as u32);
            entries.extend(q);
        }
        Linear::build(self.n_classes, keys, &lens, &entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perceptron_learns_and_roundtrips() {
        let mut p = Perceptron::new(3);
        let data = [
            (vec![11u64, 12], 0usize),
            (vec![21, 12], 1),
            (vec![31, 32], 2),
        ];
        let mut s = [0f32; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                p.tick();
                p.score(f, &mut s);
                let g = (0..3)
                    .max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a)))
                    .unwrap_or(0);
                p.update(f, *y, g);
            }
        }
        let m = p.finish();
        let mut buf = Vec::new();
        m.write(&mut buf);
        let m2 = Linear::read(&mut Reader::new(&buf)).unwrap();
        for (f, y) in &data {
            let mut sc = [0i32; 3];
            m2.score(f, &mut sc);
            let best = (0..3).max_by_key(|&c| sc[c]).unwrap();
            assert_eq!(best, *y);
        }
    }

    /// Scores from the table (dense SIMD blocks and sparse rows, added in any order) equal the
    /// plain sum of each present feature's weights, for widths with and without a 16-class tail.
    #[test]
    fn scores_equal_the_plain_sum_of_row_weights() {
        let mut x = 0x1234_5678_9abc_def0u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for n_classes in [3usize, 40, 64, 101, 200, 256] {
            let mut keys = Vec::new();
            let mut lens = Vec::new();
            let mut rows = Vec::new();
            for f in 0..300u64 {
                keys.push(crate::feat::f1(f, 7));
                // every third row is long enough to be dense
                let len = if f % 3 == 0 {
                    (DENSE_MIN + f as usize).min(n_classes)
                } else {
                    1 + f as usize % 5
                }
                .min(n_classes);
                let start = next() as usize % n_classes;
                let mut classes: Vec<u8> =
                    (0..len).map(|k| ((start + k) % n_classes) as u8).collect();
                classes.sort_unstable();
                lens.push(len as u32);
                rows.extend(
                    classes
                        .into_iter()
                        .map(|c| (c, ((next() % 64001) as i32 - 32000) as i16)),
                );
            }
            let m = Linear::build(n_classes, keys.clone(), &lens, &rows);
            let feats: Vec<u64> = (0..90u64)
                .map(|k| {
                    if k % 4 == 3 {
                        next() | 1
                    } else {
                        keys[(next() % 300) as usize]
                    }
                })
                .collect();
            let mut want = vec![0i32; n_classes];
            for f in &feats {
                let Some(i) = keys.iter().position(|k| k == f) else {
                    continue;
                };
                let a: usize = lens[..i].iter().map(|&l| l as usize).sum();
                for &(c, w) in &rows[a..a + lens[i] as usize] {
                    want[c as usize] += w as i32;
                }
            }
            let mut got = vec![0i32; n_classes];
            m.score(&feats, &mut got);
            assert_eq!(got, want, "{n_classes} classes");
        }
    }

    #[test]
    fn truncated_or_corrupt_models_are_errors() {
        let mut p = Perceptron::new(2);
        p.tick();
        p.update(&[5, 6], 0, 1);
        let mut buf = Vec::new();
        p.finish().write(&mut buf);
        for cut in 0..buf.len() {
            assert!(Linear::read(&mut Reader::new(&buf[..cut])).is_err());
        }
        let mut bad = buf.clone();
        bad[0] = 0;
        assert!(Linear::read(&mut Reader::new(&bad)).is_err());
    }
}
