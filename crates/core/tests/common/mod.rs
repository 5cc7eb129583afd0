//! What the integration tests share: a seeded random generator.

/// A seeded generator (SplitMix64), so a large corpus or many states come from one seed.
pub struct Rng(pub u64);

impl Rng {
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n.max(1) as u64) as usize
    }

    /// Skewed: value 0 about half the time, then small values more often than large ones.
    #[allow(dead_code)] // not every test crate that includes this module draws skewed values
    pub fn skewed(&mut self, n: usize) -> usize {
        if self.below(2) == 0 {
            0
        } else {
            let limit = 1 + self.below(n);
            self.below(limit)
        }
    }
}
