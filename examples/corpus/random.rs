//! The corpus's randomness: a splitmix64 generator and the streams each kind of choice draws from,
//! so that one item's choices never depend on how many others were drawn before it.

const SEED: u64 = 0x5A70_1125_2026_0042;

/// splitmix64: tiny, fast and good enough to pick words.
pub struct Rng(u64);

impl Rng {
    pub fn new(stream: u64, n: u64) -> Rng {
        let mut r = Rng(SEED ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03) ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next();
        r
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0..n
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// lo..=hi
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub fn pick<'a, T>(&mut self, s: &'a [T]) -> &'a T {
        &s[self.below(s.len())]
    }
    /// `k` distinct indices of 0..n, in increasing order.
    pub fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        while out.len() < k.min(n) {
            let i = self.below(n);
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out.sort_unstable();
        out
    }
}

pub const STREAM_OFFER: u64 = 1;
pub const STREAM_NEWS: u64 = 2;
pub const STREAM_DRAFT_OFFER: u64 = 3;
pub const STREAM_DRAFT_NEWS: u64 = 4;

/// A per-offer coin toss that does not disturb the offer's main stream.
pub fn rng_bit(i: usize, salt: u64) -> bool {
    Rng::new(100 + salt, i as u64).chance(0.5)
}
